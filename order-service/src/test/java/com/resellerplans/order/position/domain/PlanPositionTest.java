package com.resellerplans.order.position.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.events.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan-change rules of DESIGN.md, without Quarkus. */
class PlanPositionTest {

    @ParameterizedTest(name = "{0} -> {1} alias={2}: {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "BASIC,    FREE,     techsolutions, NEW",
                "BASIC,    STANDARD, techsolutions, NEW",
                "BASIC,    FREE,     null,          ALIAS_REQUIRED",
                "BASIC,    STANDARD, '  ',          ALIAS_REQUIRED",
                "FREE,     STANDARD, null,          UPGRADE",
                "FREE,     STANDARD, techsolutions, ALIAS_NOT_ALLOWED_ON_UPGRADE",
                "FREE,     FREE,     null,          PLAN_ALREADY_ACTIVE",
                "FREE,     FREE,     techsolutions, PLAN_ALREADY_ACTIVE",
                "STANDARD, STANDARD, null,          PLAN_ALREADY_ACTIVE",
                "STANDARD, FREE,     null,          PLAN_DOWNGRADE_NOT_ALLOWED",
                "STANDARD, FREE,     techsolutions, PLAN_DOWNGRADE_NOT_ALLOWED"
            })
    void judgesEveryPlanChange(Tier tier, Plan wanted, String alias, String verdict) {
        PlanChange change = positionOn(tier).planChangeFor(wanted, alias);

        assertThat(change.isAllowed() ? change.kind().name() : change.refusal().code())
                .isEqualTo(verdict);
    }

    @ParameterizedTest
    @CsvSource({"FREE, STANDARD", "FREE, FREE", "STANDARD, FREE", "STANDARD, STANDARD"})
    void refusesEveryOrderWhileACancellationIsPending(Tier tier, Plan wanted) {
        PlanPosition position = positionOn(tier);
        position.cancellationRequested("sub-1", Plan.valueOf(tier.name()), new SubscriptionStep(1, 2));

        assertThat(position.planChangeFor(wanted, null).refusal()).isEqualTo(PlanChangeRefusal.CANCELLATION_PENDING);
        assertThat(position.planChangeFor(wanted, "alias").refusal()).isEqualTo(PlanChangeRefusal.CANCELLATION_PENDING);
        assertThat(position.offerFor(wanted).refusal()).isEqualTo(PlanChangeRefusal.CANCELLATION_PENDING);
    }

    @Test
    void offersIgnoreTheAliasRules() {
        assertThat(positionOn(Tier.BASIC).offerFor(Plan.STANDARD).kind()).isEqualTo(OrderKind.NEW);
        assertThat(positionOn(Tier.FREE).offerFor(Plan.STANDARD).kind()).isEqualTo(OrderKind.UPGRADE);
        assertThat(positionOn(Tier.STANDARD).offerFor(Plan.FREE).refusal())
                .isEqualTo(PlanChangeRefusal.PLAN_DOWNGRADE_NOT_ALLOWED);
    }

    @Test
    void refusalsCarryTheirCodeAndKind() {
        PlanChange refused = positionOn(Tier.BASIC).planChangeFor(Plan.FREE, null);

        assertThatThrownBy(refused::kindOrThrow)
                .isInstanceOf(PlanChangeRefusedException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo("ALIAS_REQUIRED");
                    assertThat(((DomainException) e).refusal()).isEqualTo(Refusal.INVALID);
                });
        assertThat(PlanChangeRefusal.PLAN_ALREADY_ACTIVE.exception().refusal()).isEqualTo(Refusal.CONFLICT);
    }

    @Test
    void executionMovesTheTier() {
        PlanPosition position = PlanPosition.basic("disti", "r1");

        position.orderExecuted(Plan.FREE);
        assertThat(position.tier()).isEqualTo(Tier.FREE);
        position.orderExecuted(Plan.STANDARD);
        assertThat(position.tier()).isEqualTo(Tier.STANDARD);
    }

    @Test
    void followsTheSubscriptionLifecycle() {
        PlanPosition position = PlanPosition.basic("disti", "r1");
        position.orderExecuted(Plan.STANDARD);

        position.subscriptionActivated("sub-1", Plan.STANDARD, new SubscriptionStep(1, 0));
        assertThat(position.subscriptionId()).isEqualTo("sub-1");

        position.cancellationRequested("sub-1", Plan.STANDARD, new SubscriptionStep(1, 2));
        assertThat(position.cancellationPending()).isTrue();
        assertThat(position.tier()).isEqualTo(Tier.STANDARD);

        position.subscriptionCancelled(new SubscriptionStep(1, 3));
        assertThat(position.tier()).isEqualTo(Tier.BASIC);
        assertThat(position.cancellationPending()).isFalse();
        assertThat(position.subscriptionId()).isNull();
        assertThat(position.planChangeFor(Plan.FREE, "again").kind()).isEqualTo(OrderKind.NEW);
    }

    @Test
    void anActivationTeachesTheTierToAPositionThatMissedTheOrder() {
        PlanPosition position = PlanPosition.basic("disti", "r1");

        position.subscriptionActivated("sub-1", Plan.FREE, new SubscriptionStep(1, 0));

        assertThat(position.tier()).isEqualTo(Tier.FREE);
        assertThat(position.subscriptionId()).isEqualTo("sub-1");
    }

    @Test
    void anActivationKeepsTheTierTheOrdersImply() {
        PlanPosition position = PlanPosition.basic("disti", "r1");
        position.orderExecuted(Plan.FREE);
        position.orderExecuted(Plan.STANDARD);

        position.subscriptionActivated("sub-1", Plan.FREE, new SubscriptionStep(1, 0));

        assertThat(position.tier()).isEqualTo(Tier.STANDARD);
    }

    @Test
    void ignoresEventsAboutAnOlderSubscription() {
        PlanPosition position = PlanPosition.basic("disti", "r1");
        position.orderExecuted(Plan.FREE);
        position.subscriptionActivated("sub-2", Plan.FREE, new SubscriptionStep(2, 0));

        position.cancellationRequested("sub-1", Plan.STANDARD, new SubscriptionStep(1, 2));
        position.subscriptionCancelled(new SubscriptionStep(1, 3));

        assertThat(position.tier()).isEqualTo(Tier.FREE);
        assertThat(position.cancellationPending()).isFalse();
        assertThat(position.subscriptionId()).isEqualTo("sub-2");
    }

    @Test
    void aRejectedChangeGivesBackTheTierItImplied() {
        PlanPosition upgraded = positionOn(Tier.FREE);
        upgraded.orderExecuted(Plan.STANDARD);
        upgraded.changeRejected(OrderKind.UPGRADE, Plan.STANDARD);
        assertThat(upgraded.tier()).isEqualTo(Tier.FREE);

        PlanPosition created = PlanPosition.basic("disti", "r1");
        created.orderExecuted(Plan.FREE);
        created.changeRejected(OrderKind.NEW, Plan.FREE);
        assertThat(created.tier()).isEqualTo(Tier.BASIC);
    }

    @Test
    void aRejectionAfterTheTierMovedOnChangesNothing() {
        PlanPosition position = positionOn(Tier.FREE);
        position.orderExecuted(Plan.STANDARD);
        position.subscriptionCancelled(new SubscriptionStep(1, 3));

        position.changeRejected(OrderKind.UPGRADE, Plan.STANDARD);

        assertThat(position.tier()).isEqualTo(Tier.BASIC);
    }

    private static PlanPosition positionOn(Tier tier) {
        PlanPosition position = PlanPosition.basic("disti", "r1");
        if (tier != Tier.BASIC) {
            position.orderExecuted(Plan.valueOf(tier.name()));
            position.subscriptionActivated("sub-1", Plan.valueOf(tier.name()), new SubscriptionStep(1, 0));
        }
        return position;
    }
}

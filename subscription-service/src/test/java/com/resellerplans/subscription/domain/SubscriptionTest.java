package com.resellerplans.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contact;
import com.resellerplans.events.Plan;
import com.resellerplans.events.Tier;
import com.resellerplans.subscription.reseller.domain.Reseller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    private static final Instant START = Instant.parse("2027-01-31T10:00:00Z");
    private static final Actor OPERATOR = new Actor("operator@disti", "bss-operator");
    private static final Viewer AS_OPERATOR = Viewer.operator("disti");

    private final Reseller reseller = Reseller.register(
            UUID.randomUUID(), "disti", "Tech Solutions", new Contact("Ann Lee", "ann@tech.example"), START);
    private final Viewer asReseller = Viewer.reseller("disti", reseller.id().toString());

    @Test
    void activationSetsTheTierTheTermAndTheFirstHistoryRow() {
        Subscription subscription = activate(Plan.STANDARD);

        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(subscription.termEndsAt()).isEqualTo("2027-02-28T10:00:00Z");
        assertThat(reseller.tier()).isEqualTo(Tier.STANDARD);
        assertThat(reseller.currentSubscriptionId()).isEqualTo(subscription.id());
        assertThat(subscription.history()).singleElement().satisfies(entry -> {
            assertThat(entry.fromStatus()).isNull();
            assertThat(entry.toStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(entry.orderId()).isEqualTo("order-1");
        });
    }

    @Test
    void aResellersSubscriptionsAreNumberedInTheOrderTheyStart() {
        Subscription first = activate(Plan.FREE);
        first.cancelNow(change(START.plusSeconds(60)));
        Subscription second = activate(Plan.STANDARD);

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
    }

    @Test
    void allowedActionsFollowTheStateAndTheViewer() {
        Subscription free = activate(Plan.FREE);
        assertThat(free.allowedActions(AS_OPERATOR))
                .containsExactly(SubscriptionAction.UPGRADE, SubscriptionAction.CANCEL);
        assertThat(free.allowedActions(asReseller))
                .containsExactly(SubscriptionAction.UPGRADE, SubscriptionAction.CANCEL);

        free.upgrade(Plan.STANDARD, change(START.plusSeconds(60)));
        assertThat(free.allowedActions(AS_OPERATOR)).containsExactly(SubscriptionAction.CANCEL);
        assertThat(free.allowedActions(asReseller)).containsExactly(SubscriptionAction.CANCEL);

        free.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(120)));
        assertThat(free.allowedActions(AS_OPERATOR)).containsExactly(SubscriptionAction.CANCEL);
        assertThat(free.allowedActions(asReseller)).isEmpty();

        free.cancelNow(change(START.plusSeconds(180)));
        assertThat(free.allowedActions(AS_OPERATOR)).isEmpty();
        assertThat(free.allowedActions(asReseller)).isEmpty();
    }

    @Test
    void upgradeKeepsIdAndTerm() {
        Subscription subscription = activate(Plan.FREE);
        UUID id = subscription.id();
        Instant termEnd = subscription.termEndsAt();

        subscription.upgrade(Plan.STANDARD, change(START.plusSeconds(3600)));

        assertThat(subscription.id()).isEqualTo(id);
        assertThat(subscription.plan()).isEqualTo(Plan.STANDARD);
        assertThat(subscription.termEndsAt()).isEqualTo(termEnd);
        assertThat(reseller.tier()).isEqualTo(Tier.STANDARD);
        assertThat(subscription.history()).last().satisfies(entry -> {
            assertThat(entry.fromPlan()).isEqualTo(Plan.FREE);
            assertThat(entry.toPlan()).isEqualTo(Plan.STANDARD);
        });
    }

    @Test
    void upgradeRefusesTheSamePlanAndDowngrades() {
        Subscription standard = activate(Plan.STANDARD);
        assertThatThrownBy(() -> standard.upgrade(Plan.STANDARD, change(START)))
                .isInstanceOf(PlanChangeNotAllowedException.class)
                .hasFieldOrPropertyWithValue("code", "PLAN_CHANGE_NOT_ALLOWED");
        assertThatThrownBy(() -> standard.upgrade(Plan.FREE, change(START)))
                .isInstanceOf(PlanChangeNotAllowedException.class);
        assertThat(standard.plan()).isEqualTo(Plan.STANDARD);
        assertThat(standard.history()).hasSize(1);
    }

    @Test
    void upgradeRefusesAPendingOrCancelledSubscription() {
        Subscription pending = activate(Plan.FREE);
        pending.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(10)));
        assertThatThrownBy(() -> pending.upgrade(Plan.STANDARD, change(START.plusSeconds(20))))
                .isInstanceOf(SubscriptionPendingCancellationException.class)
                .hasFieldOrPropertyWithValue("code", "SUBSCRIPTION_PENDING_CANCELLATION");
        assertThat(pending.plan()).isEqualTo(Plan.FREE);

        pending.cancelNow(change(START.plusSeconds(30)));
        assertThatThrownBy(() -> pending.upgrade(Plan.STANDARD, change(START.plusSeconds(40))))
                .isInstanceOf(SubscriptionCancelledException.class)
                .hasFieldOrPropertyWithValue("code", "SUBSCRIPTION_CANCELLED");
    }

    @Test
    void endOfTermCancellationIsPendingUntilTheTermEnds() {
        Subscription subscription = activate(Plan.STANDARD);

        subscription.requestCancellation(CancellationPolicy.END_OF_TERM, change(Instant.parse("2027-03-05T00:00:00Z")));

        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.PENDING_CANCELLATION);
        assertThat(subscription.effectiveCancellationAt()).isEqualTo("2027-03-31T10:00:00Z");
        assertThat(reseller.tier()).isEqualTo(Tier.STANDARD);
    }

    @Test
    void aSecondEndOfTermCancellationIsRefused() {
        Subscription subscription = activate(Plan.STANDARD);
        subscription.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(10)));
        Instant effective = subscription.effectiveCancellationAt();

        assertThatThrownBy(() ->
                        subscription.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(20))))
                .isInstanceOf(CancellationAlreadyRequestedException.class)
                .hasFieldOrPropertyWithValue("code", "SUBSCRIPTION_ALREADY_PENDING_CANCELLATION");
        assertThat(subscription.effectiveCancellationAt()).isEqualTo(effective);
        assertThat(subscription.history()).hasSize(2);
    }

    @Test
    void immediateBringsAPendingCancellationForwardAndReturnsTheResellerToBasic() {
        Subscription subscription = activate(Plan.STANDARD);
        subscription.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(10)));

        subscription.requestCancellation(CancellationPolicy.IMMEDIATE, change(START.plusSeconds(20)));

        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(subscription.cancelledAt()).isEqualTo(START.plusSeconds(20));
        assertThat(reseller.tier()).isEqualTo(Tier.BASIC);
        assertThat(reseller.currentSubscriptionId()).isNull();
    }

    @Test
    void aCancelledSubscriptionRefusesEveryCancellation() {
        Subscription subscription = activate(Plan.FREE);
        subscription.cancelNow(change(START.plusSeconds(10)));

        assertThatThrownBy(() -> subscription.cancelNow(change(START.plusSeconds(20))))
                .isInstanceOf(SubscriptionCancelledException.class);
        assertThatThrownBy(() ->
                        subscription.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(20))))
                .isInstanceOf(SubscriptionCancelledException.class);
        assertThat(subscription.cancelledAt()).isEqualTo(START.plusSeconds(10));
    }

    @Test
    void theSchedulerCancelsOnlyWhenDueAndAtTheEffectiveTime() {
        Subscription subscription = activate(Plan.STANDARD);
        subscription.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(10)));

        subscription.cancelIfDue(Instant.parse("2027-02-28T09:59:59Z"));
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.PENDING_CANCELLATION);

        subscription.cancelIfDue(Instant.parse("2027-02-28T10:00:05Z"));
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(subscription.cancelledAt()).isEqualTo("2027-02-28T10:00:00Z");
        assertThat(subscription.history()).last().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(Actor.SCHEDULER);
            assertThat(entry.channel()).isEqualTo(Channel.SCHEDULER);
        });
    }

    @Test
    void aFixedTermLengthEndsTheTermsAndTheCancellationsByItInsteadOfTheMonth() {
        Subscription subscription = Subscription.activate(
                reseller,
                Plan.FREE,
                "techsolutions",
                new Change(OPERATOR, Channel.BSS, START, "order-1"),
                Optional.of(Duration.ofSeconds(40)));
        assertThat(subscription.termEndsAt()).isEqualTo(START.plusSeconds(40));
        assertThat(subscription.termEndsAt(START.plusSeconds(95))).isEqualTo(START.plusSeconds(120));

        subscription.requestCancellation(CancellationPolicy.END_OF_TERM, change(START.plusSeconds(50)));
        assertThat(subscription.effectiveCancellationAt()).isEqualTo(START.plusSeconds(80));
        subscription.cancelIfDue(START.plusSeconds(79));
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.PENDING_CANCELLATION);
        subscription.cancelIfDue(START.plusSeconds(80));
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(subscription.cancelledAt()).isEqualTo(START.plusSeconds(80));
    }

    private Subscription activate(Plan plan) {
        return Subscription.activate(
                reseller, plan, "techsolutions", new Change(OPERATOR, Channel.BSS, START, "order-1"), Optional.empty());
    }

    private static Change change(Instant at) {
        return Change.by(OPERATOR, Channel.BSS, at);
    }
}

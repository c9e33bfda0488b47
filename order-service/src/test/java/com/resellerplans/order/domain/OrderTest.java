package com.resellerplans.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.domain.DomainException;
import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order's verbs and the actions they allow, without Quarkus. */
class OrderTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:15:30Z");

    @Test
    void aDraftIsExecutedOnce() {
        Order order = draft(OrderKind.NEW);
        order.setAlias("techsolutions");

        order.execute(OrderKind.NEW, null, NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(order.executedAt()).isEqualTo(NOW);
        assertThat(order.subscriptionId()).isNull();
        assertRefused(() -> order.execute(OrderKind.NEW, null, NOW), "ORDER_ALREADY_EXECUTED");
        assertRefused(order::requireExecutable, "ORDER_ALREADY_EXECUTED");
    }

    @Test
    void anUpgradeNamesItsSubscription() {
        Order order = draft(OrderKind.UPGRADE);

        order.execute(OrderKind.UPGRADE, "sub-1", NOW);

        assertThat(order.subscriptionId()).isEqualTo("sub-1");
    }

    @Test
    void aDraftWhoseKindNoLongerAppliesIsOutdated() {
        Order order = draft(OrderKind.NEW);

        assertRefused(() -> order.execute(OrderKind.UPGRADE, "sub-1", NOW), "ORDER_OUTDATED");
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void anUpgradeTakesNoAlias() {
        Order order = draft(OrderKind.UPGRADE);

        assertRefused(() -> order.setAlias("techsolutions"), "ALIAS_NOT_ALLOWED_ON_UPGRADE");
        assertThat(order.storefrontAlias()).isNull();
    }

    @Test
    void onlyADraftTakesAnAliasOrIsDeleted() {
        Order order = draft(OrderKind.NEW);
        order.setAlias("first");
        order.setAlias("second");
        assertThat(order.storefrontAlias()).isEqualTo("second");
        order.requireDeletable();

        order.execute(OrderKind.NEW, null, NOW);

        assertRefused(() -> order.setAlias("third"), "ORDER_ALREADY_EXECUTED");
        assertRefused(order::requireDeletable, "ORDER_NOT_DRAFT");
    }

    @Test
    void onlyAnExecutedOrderIsRejectedAndOnlyOnce() {
        Order draft = draft(OrderKind.NEW);
        assertThat(draft.reject("late")).isFalse();
        assertThat(draft.status()).isEqualTo(OrderStatus.DRAFT);

        Order executed = draft(OrderKind.UPGRADE);
        executed.execute(OrderKind.UPGRADE, "sub-1", NOW);
        assertThat(executed.reject("SUBSCRIPTION_CANCELLED: too late")).isTrue();
        assertThat(executed.reject("again")).isFalse();

        assertThat(executed.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(executed.rejectedReason()).isEqualTo("SUBSCRIPTION_CANCELLED: too late");
        assertRefused(() -> executed.execute(OrderKind.UPGRADE, "sub-1", NOW), "ORDER_NOT_DRAFT");
    }

    @Test
    void allowedActionsFollowTheVerbs() {
        assertThat(draft(OrderKind.NEW).allowedActions(true))
                .containsExactly(OrderAction.SET_ALIAS, OrderAction.EXECUTE, OrderAction.DELETE);
        assertThat(draft(OrderKind.UPGRADE).allowedActions(true))
                .containsExactly(OrderAction.EXECUTE, OrderAction.DELETE);
        assertThat(draft(OrderKind.NEW).allowedActions(false)).isEmpty();

        Order executed = draft(OrderKind.UPGRADE);
        executed.execute(OrderKind.UPGRADE, "sub-1", NOW);
        assertThat(executed.allowedActions(true)).isEmpty();
        executed.reject("late");
        assertThat(executed.allowedActions(true)).isEmpty();
    }

    @Test
    void aDraftRecordsWhoCreatedIt() {
        Order order = draft(OrderKind.NEW);

        assertThat(order.createdBy()).isEqualTo(new Actor("operator@disti", "bss-operator"));
        assertThat(order.createdAt()).isEqualTo(NOW);
        assertThat(order.lineId()).isNotNull();
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
    }

    private static Order draft(OrderKind kind) {
        return Order.draft(
                UUID.randomUUID(),
                "disti",
                "r1",
                kind,
                "STANDARD_PLAN",
                Plan.STANDARD,
                Channel.BSS,
                new Actor("operator@disti", "bss-operator"),
                NOW);
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(code);
    }
}

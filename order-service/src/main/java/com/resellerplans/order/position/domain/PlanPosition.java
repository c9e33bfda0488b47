package com.resellerplans.order.position.domain;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.events.Tier;
import com.resellerplans.outbox.LastAppliedStep;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reseller's plan as order-service knows it: the tier its executed orders imply and whether its
 * subscription is pending cancellation (learnt from subscription events). The plan-change rules live here.
 */
@Entity
@Table(name = "plan_position")
public class PlanPosition {
    @Id
    @Column(name = "reseller_id")
    private String resellerId;

    @Column(name = "distributor_id")
    private String distributorId;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    @Column(name = "subscription_id")
    private String subscriptionId;

    @Column(name = "cancellation_pending")
    private boolean cancellationPending;

    @Embedded
    private LastAppliedStep lastApplied = new LastAppliedStep();

    @Version
    private long version;

    protected PlanPosition() {}

    /** A reseller order-service has never seen: BASIC, no subscription. */
    public static PlanPosition basic(String distributorId, String resellerId) {
        PlanPosition position = new PlanPosition();
        position.distributorId = distributorId;
        position.resellerId = resellerId;
        position.tier = Tier.BASIC;
        return position;
    }

    /** The rules without the alias: what the catalogue shows and what a BSS draft may be. */
    public PlanChange offerFor(Plan wanted) {
        if (cancellationPending) {
            return PlanChange.refused(PlanChangeRefusal.CANCELLATION_PENDING);
        }
        Tier target = Tier.of(wanted);
        if (tier == target) {
            return PlanChange.refused(PlanChangeRefusal.PLAN_ALREADY_ACTIVE);
        }
        if (tier == Tier.STANDARD) {
            return PlanChange.refused(PlanChangeRefusal.PLAN_DOWNGRADE_NOT_ALLOWED);
        }
        return PlanChange.allowed(tier == Tier.BASIC ? OrderKind.NEW : OrderKind.UPGRADE);
    }

    /** The full rules for executing a change to {@code wanted} with the given alias (null or blank: none). */
    public PlanChange planChangeFor(Plan wanted, String aliasOrNull) {
        PlanChange offer = offerFor(wanted);
        if (!offer.isAllowed()) {
            return offer;
        }
        boolean hasAlias = aliasOrNull != null && !aliasOrNull.isBlank();
        if (offer.kind() == OrderKind.UPGRADE && hasAlias) {
            return PlanChange.refused(PlanChangeRefusal.ALIAS_NOT_ALLOWED_ON_UPGRADE);
        }
        if (offer.kind() == OrderKind.NEW && !hasAlias) {
            return PlanChange.refused(PlanChangeRefusal.ALIAS_REQUIRED);
        }
        return offer;
    }

    /** An order moved the reseller onto {@code plan}; its subscription id arrives with the activation. */
    public void orderExecuted(Plan plan) {
        tier = Tier.of(plan);
    }

    /**
     * subscription-service activated a new subscription for the reseller. The tier normally moved already when
     * the order executed; a position that never saw the order (still BASIC) learns the plan here, and so does one
     * still following an earlier subscription (whose cancellation is late: that subscription ended).
     */
    public void subscriptionActivated(String activatedSubscriptionId, Plan plan, SubscriptionStep step) {
        if (!advancesTo(step)) {
            return;
        }
        if (tier == Tier.BASIC || subscriptionId != null) {
            tier = Tier.of(plan);
        }
        subscriptionId = activatedSubscriptionId;
        cancellationPending = false;
    }

    /** The subscription is live on {@code plan} until its cancellation takes effect; no order passes meanwhile. */
    public void cancellationRequested(String pendingSubscriptionId, Plan plan, SubscriptionStep step) {
        if (!advancesTo(step)) {
            return;
        }
        subscriptionId = pendingSubscriptionId;
        tier = Tier.of(plan);
        cancellationPending = true;
    }

    public void subscriptionCancelled(SubscriptionStep step) {
        if (!advancesTo(step)) {
            return;
        }
        tier = Tier.BASIC;
        cancellationPending = false;
        subscriptionId = null;
    }

    /**
     * subscription-service refused an executed order: its change never happened, so the tier it implied is
     * taken back — unless later events already moved the position elsewhere (a cancellation, say).
     */
    public void changeRejected(OrderKind kind, Plan plan) {
        if (tier == Tier.of(plan)) {
            tier = kind == OrderKind.UPGRADE ? Tier.FREE : Tier.BASIC;
        }
    }

    private boolean advancesTo(SubscriptionStep step) {
        if (lastApplied == null) {
            lastApplied = new LastAppliedStep();
        }
        return lastApplied.advanceTo(step);
    }

    public String resellerId() {
        return resellerId;
    }

    public String distributorId() {
        return distributorId;
    }

    public Tier tier() {
        return tier;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public boolean cancellationPending() {
        return cancellationPending;
    }

    public long version() {
        return version;
    }
}

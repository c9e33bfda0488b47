package com.resellerplans.order.domain;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.order.position.domain.PlanChangeRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order for one plan product (quantity 1), from the storefront (created executed) or the BSS (a draft
 * first). Its verbs check the status first; {@link #allowedActions(boolean)} follows the same rules.
 */
@Entity(name = "PlanOrder")
@Table(name = "orders")
public class Order {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "reseller_id")
    private String resellerId;

    @Enumerated(EnumType.STRING)
    private OrderKind kind;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    private String product;

    @Enumerated(EnumType.STRING)
    private Plan plan;

    @Column(name = "line_id")
    private UUID lineId;

    @Column(name = "storefront_alias")
    private String storefrontAlias;

    @Column(name = "subscription_id")
    private String subscriptionId;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Column(name = "rejected_reason")
    private String rejectedReason;

    @Version
    private long version;

    protected Order() {}

    /** A new DRAFT with its single line; {@code createdAt} should already be truncated to microseconds. */
    public static Order draft(
            UUID id,
            String distributorId,
            String resellerId,
            OrderKind kind,
            String product,
            Plan plan,
            Channel channel,
            Actor actor,
            Instant createdAt) {
        Order order = new Order();
        order.id = id;
        order.distributorId = distributorId;
        order.resellerId = resellerId;
        order.kind = kind;
        order.product = product;
        order.plan = plan;
        order.channel = channel;
        order.actorSubject = actor.subject();
        order.actorRole = actor.role();
        order.createdAt = createdAt;
        order.lineId = UUID.randomUUID();
        order.status = OrderStatus.DRAFT;
        return order;
    }

    /** Sets the storefront alias of the plan line (the BSS "pencil"); only NEW drafts take one. */
    public void setAlias(String alias) {
        requireAliasSettable();
        storefrontAlias = alias;
    }

    /** Checked before an alias is held for the order: a draft, and not an upgrade (which keeps its alias). */
    public void requireAliasSettable() {
        requireExecutable();
        if (kind == OrderKind.UPGRADE) {
            throw PlanChangeRefusal.ALIAS_NOT_ALLOWED_ON_UPGRADE.exception();
        }
    }

    /** Refuses to go on unless the order is still a draft: executing twice has its own code. */
    public void requireExecutable() {
        if (status == OrderStatus.EXECUTED) {
            throw new OrderRefusedException(OrderRefusedException.Reason.ORDER_ALREADY_EXECUTED);
        }
        requireDraft();
    }

    /**
     * Executes the draft as the plan rules judged it now ({@code kindNow}); a draft whose kind no longer
     * matches (the reseller's plan changed since) is outdated. An UPGRADE names the subscription it changes.
     */
    public void execute(OrderKind kindNow, String upgradedSubscriptionId, Instant at) {
        requireExecutable();
        if (kindNow != kind) {
            throw new OrderRefusedException(OrderRefusedException.Reason.ORDER_OUTDATED);
        }
        if (kind == OrderKind.UPGRADE) {
            subscriptionId = upgradedSubscriptionId;
        }
        status = OrderStatus.EXECUTED;
        executedAt = at;
    }

    /**
     * subscription-service refused the executed change. A repeated rejection changes nothing.
     *
     * @return whether this call rejected the order
     */
    public boolean reject(String reason) {
        if (status != OrderStatus.EXECUTED) {
            return false;
        }
        status = OrderStatus.REJECTED;
        rejectedReason = reason;
        return true;
    }

    /** The draft outlived the age drafts may reach; its alias hold lapsed at the same moment. */
    public void expire() {
        requireDraft();
        status = OrderStatus.EXPIRED;
    }

    /** Only a draft may be deleted. */
    public void requireDeletable() {
        requireDraft();
    }

    public List<OrderAction> allowedActions(boolean operator) {
        if (!operator || status != OrderStatus.DRAFT) {
            return List.of();
        }
        return kind == OrderKind.NEW
                ? List.of(OrderAction.SET_ALIAS, OrderAction.EXECUTE, OrderAction.DELETE)
                : List.of(OrderAction.EXECUTE, OrderAction.DELETE);
    }

    private void requireDraft() {
        if (status == OrderStatus.EXPIRED) {
            throw new OrderRefusedException(OrderRefusedException.Reason.ORDER_EXPIRED);
        }
        if (status != OrderStatus.DRAFT) {
            throw new OrderRefusedException(OrderRefusedException.Reason.ORDER_NOT_DRAFT);
        }
    }

    public UUID id() {
        return id;
    }

    public String distributorId() {
        return distributorId;
    }

    public String resellerId() {
        return resellerId;
    }

    public OrderKind kind() {
        return kind;
    }

    public Channel channel() {
        return channel;
    }

    public OrderStatus status() {
        return status;
    }

    public String product() {
        return product;
    }

    public Plan plan() {
        return plan;
    }

    public UUID lineId() {
        return lineId;
    }

    public String storefrontAlias() {
        return storefrontAlias;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public Actor createdBy() {
        return new Actor(actorSubject, actorRole);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public String rejectedReason() {
        return rejectedReason;
    }

    public long version() {
        return version;
    }
}

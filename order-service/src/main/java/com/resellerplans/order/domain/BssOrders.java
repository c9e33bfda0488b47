package com.resellerplans.order.domain;

import com.resellerplans.domain.Refusal;
import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.order.plan.domain.PlanProduct;
import com.resellerplans.order.plan.domain.PlanProducts;
import com.resellerplans.order.position.domain.PlanPosition;
import com.resellerplans.order.position.domain.PlanPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The operator's orders: drafts whose alias is set with the "pencil" and held for as long as the draft
 * lives, executed later under the reseller's position lock; and the one-step upgrade of a FREE subscription.
 */
@ApplicationScoped
public class BssOrders {
    private static final String HOLD_NOT_FOUND = "ALIAS_HOLD_NOT_FOUND";
    private final Orders orders;
    private final PlanPositions positions;
    private final PlanProducts products;
    private final KnownResellers resellers;
    private final SubscriptionLookups subscriptionService;
    private final StorefrontAliasHolds aliasHolds;
    private final OrderExecution execution;
    private final DraftLifetime lifetime;

    BssOrders(
            Orders orders,
            PlanPositions positions,
            PlanProducts products,
            KnownResellers resellers,
            SubscriptionLookups subscriptionService,
            StorefrontAliasHolds aliasHolds,
            OrderExecution execution,
            DraftLifetime lifetime) {
        this.orders = orders;
        this.positions = positions;
        this.products = products;
        this.resellers = resellers;
        this.subscriptionService = subscriptionService;
        this.aliasHolds = aliasHolds;
        this.execution = execution;
        this.lifetime = lifetime;
    }

    /** A draft for a reseller the directory knows: NEW from BASIC, UPGRADE from FREE to STANDARD. */
    @Transactional
    public Order createDraft(Requester requester, String resellerId, String productCode) {
        PlanProduct product = products.require(productCode);
        ResellerSnapshot reseller = resellers.of(requester.distributorId(), resellerId);
        OrderKind kind = positions
                .current(requester.distributorId(), reseller.id())
                .offerFor(product.plan())
                .kindOrThrow();
        Order order = Order.draft(
                UUID.randomUUID(),
                requester.distributorId(),
                reseller.id(),
                kind,
                product.code(),
                product.plan(),
                Channel.BSS,
                requester.actor(),
                execution.now());
        orders.persist(order);
        return order;
    }

    /**
     * The pencil: holds the alias for the draft's remaining life (a new alias moves the hold) and sets it on
     * the line. Under the reseller's position lock, like every hold and confirmation: storefront-alias-service
     * may give a new hold the reseller's alias confirmed for an order order-service has not committed, which is
     * only safe while no other order of the reseller can be between its confirmation and its commit.
     */
    @Transactional
    public Order setAlias(Requester requester, UUID orderId, UUID itemId, String alias) {
        Order order = require(requester, orderId);
        if (!order.lineId().equals(itemId)) {
            throw new OrderItemNotFoundException(itemId);
        }
        order.requireAliasSettable();
        lifetime.refuseIfExpired(order);
        positions.lockFor(order.distributorId(), order.resellerId());
        order.setAlias(aliasHolds
                .hold(order.id(), order.resellerId(), alias.trim(), lifetime.remainingSeconds(order))
                .alias());
        return order;
    }

    /** Deletes a draft and frees its alias. */
    @Transactional
    public void delete(Requester requester, UUID orderId) {
        Order order = require(requester, orderId);
        order.requireDeletable();
        orders.delete(order);
        if (order.storefrontAlias() != null) {
            aliasHolds.releaseOnceCommitted(order.id());
        }
    }

    /** Executes a draft: re-validated under the position lock, its alias hold confirmed before it commits. */
    @Transactional
    public Order execute(Requester requester, UUID orderId) {
        Order order = require(requester, orderId);
        order.requireExecutable();
        lifetime.refuseIfExpired(order);
        PlanPosition position = positions.lockFor(order.distributorId(), order.resellerId());
        OrderKind kind =
                position.planChangeFor(order.plan(), order.storefrontAlias()).kindOrThrow();
        ResellerSnapshot reseller = resellers.of(order.distributorId(), order.resellerId());
        if (kind == OrderKind.NEW) {
            aliasHolds.releaseUnlessCommitted(order.id());
            confirmAlias(order);
        }
        execution.execute(order, kind, position, reseller, requester.actor());
        return order;
    }

    /**
     * Confirms the draft's hold. An earlier execution that failed after confirming released it, and so does the
     * reconciliation of an order that never executed; the alias is then held again first, so retrying the
     * execution works while the alias is still free, and is ALIAS_TAKEN once another reseller's order took it.
     */
    private void confirmAlias(Order order) {
        try {
            aliasHolds.confirm(order.id());
        } catch (NeighbourRefusedException refused) {
            if (!HOLD_NOT_FOUND.equals(refused.code())) {
                throw refused;
            }
            aliasHolds.hold(order.id(), order.resellerId(), order.storefrontAlias(), lifetime.remainingSeconds(order));
            aliasHolds.confirm(order.id());
        }
    }

    /**
     * "Upgrade" on an active FREE subscription: an UPGRADE order created and executed at once. A subscription
     * whose activation event has not reached order-service yet is asked of subscription-service, so the
     * operator's click right after an execution is not refused as unknown.
     */
    @Transactional
    public Order upgrade(Requester requester, String subscriptionId, String productCode) {
        PlanProduct product = products.require(productCode);
        Optional<PlanPosition> known = positions.withSubscription(requester.distributorId(), subscriptionId);
        String resellerId = known.isPresent()
                ? known.get().resellerId()
                : upgradableAccordingToSubscriptionService(subscriptionId).resellerId();
        PlanPosition position = positions.lockFor(requester.distributorId(), resellerId);
        OrderKind kind = position.planChangeFor(product.plan(), null).kindOrThrow();
        boolean current = subscriptionId.equals(position.subscriptionId())
                || known.isEmpty() && position.subscriptionId() == null;
        if (kind != OrderKind.UPGRADE || !current) {
            throw new SubscriptionNotUpgradableException(Refusal.CONFLICT, subscriptionId);
        }
        ResellerSnapshot reseller = resellers.of(requester.distributorId(), resellerId);
        Order order = Order.draft(
                UUID.randomUUID(),
                requester.distributorId(),
                resellerId,
                kind,
                product.code(),
                product.plan(),
                Channel.BSS,
                requester.actor(),
                execution.now());
        execution.execute(order, kind, position, reseller, requester.actor());
        return order;
    }

    private SubscriptionRecord upgradableAccordingToSubscriptionService(String subscriptionId) {
        SubscriptionRecord subscription = subscriptionService.subscription(subscriptionId);
        if (!subscription.isActiveFree()) {
            throw new SubscriptionNotUpgradableException(Refusal.CONFLICT, subscriptionId);
        }
        return subscription;
    }

    private Order require(Requester requester, UUID orderId) {
        return orders.find(requester.distributorId(), orderId)
                .orElseThrow(() -> new OrderNotFoundException("order " + orderId));
    }
}

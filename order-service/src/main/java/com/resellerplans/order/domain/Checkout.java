package com.resellerplans.order.domain;

import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.order.basket.domain.BasketEmptyException;
import com.resellerplans.order.basket.domain.BasketItem;
import com.resellerplans.order.basket.domain.BasketItems;
import com.resellerplans.order.plan.domain.PlanProduct;
import com.resellerplans.order.plan.domain.PlanProducts;
import com.resellerplans.order.position.domain.PlanPosition;
import com.resellerplans.order.position.domain.PlanPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The storefront checkout: the basket becomes an order that is created and executed at once. Everything
 * happens in one transaction under the reseller's position lock; the alias is held and confirmed (in one call)
 * before the order commits, and released again if the commit does not happen. A refusal keeps the basket.
 */
@ApplicationScoped
public class Checkout {
    private final PlanPositions positions;
    private final BasketItems basketItems;
    private final PlanProducts products;
    private final KnownResellers resellers;
    private final StorefrontAliasHolds aliasHolds;
    private final OrderExecution execution;

    Checkout(
            PlanPositions positions,
            BasketItems basketItems,
            PlanProducts products,
            KnownResellers resellers,
            StorefrontAliasHolds aliasHolds,
            OrderExecution execution) {
        this.positions = positions;
        this.basketItems = basketItems;
        this.products = products;
        this.resellers = resellers;
        this.aliasHolds = aliasHolds;
        this.execution = execution;
    }

    @Transactional
    public Order checkout(Requester requester, String aliasOrNull) {
        String distributorId = requester.distributorId();
        String resellerId = requester.requireResellerId();
        PlanPosition position = positions.lockFor(distributorId, resellerId);
        List<BasketItem> basket = basketItems.of(distributorId, resellerId);
        if (basket.isEmpty()) {
            throw new BasketEmptyException();
        }
        PlanProduct product = products.require(basket.get(0).product());
        OrderKind kind = position.planChangeFor(product.plan(), aliasOrNull).kindOrThrow();
        ResellerSnapshot reseller = resellers.of(distributorId, resellerId);
        Order order = Order.draft(
                UUID.randomUUID(),
                distributorId,
                resellerId,
                kind,
                product.code(),
                product.plan(),
                Channel.STOREFRONT,
                requester.actor(),
                execution.now());
        if (kind == OrderKind.NEW) {
            aliasHolds.releaseUnlessCommitted(order.id());
            order.setAlias(aliasHolds
                    .holdConfirmed(order.id(), resellerId, aliasOrNull.trim())
                    .alias());
        }
        execution.execute(order, kind, position, reseller, requester.actor());
        basketItems.clear(distributorId, resellerId);
        return order;
    }
}

package com.resellerplans.order.basket.domain;

import com.resellerplans.order.plan.domain.PlanProduct;
import com.resellerplans.order.plan.domain.PlanProducts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A reseller's basket: one plan product at a time, kept until a checkout succeeds. */
@ApplicationScoped
public class Baskets {
    private final BasketItems items;
    private final PlanProducts products;
    private final Clock clock;

    Baskets(BasketItems items, PlanProducts products, Clock clock) {
        this.items = items;
        this.products = products;
        this.clock = clock;
    }

    @Transactional
    public List<BasketItem> itemsOf(String distributorId, String resellerId) {
        return items.of(distributorId, resellerId);
    }

    /** Adds a product; refuses an unknown one and a second plan product (one plan change per order). */
    @Transactional
    public BasketItem add(String distributorId, String resellerId, String productCode) {
        PlanProduct product = products.require(productCode);
        if (!items.of(distributorId, resellerId).isEmpty()) {
            throw new BasketHasPlanException();
        }
        BasketItem item = new BasketItem(
                distributorId, resellerId, product.code(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        items.persist(item);
        return item;
    }

    @Transactional
    public void remove(String distributorId, String resellerId, UUID itemId) {
        items.delete(items.find(distributorId, resellerId, itemId)
                .orElseThrow(() -> new BasketItemNotFoundException(itemId)));
    }
}

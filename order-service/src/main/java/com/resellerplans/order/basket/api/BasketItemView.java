package com.resellerplans.order.basket.api;

import com.resellerplans.order.basket.domain.BasketItem;
import java.util.UUID;

/** One product in the basket. */
public record BasketItemView(UUID id, String product) {
    static BasketItemView of(BasketItem item) {
        return new BasketItemView(item.id(), item.product());
    }
}

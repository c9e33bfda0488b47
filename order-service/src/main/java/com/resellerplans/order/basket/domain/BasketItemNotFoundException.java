package com.resellerplans.order.basket.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.util.UUID;

/** No such item in the caller's basket (also another reseller's item). */
public class BasketItemNotFoundException extends DomainException {
    BasketItemNotFoundException(UUID itemId) {
        super(Refusal.NOT_FOUND, "BASKET_ITEM_NOT_FOUND", "The basket has no item " + itemId + ".");
    }
}

package com.resellerplans.order.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.util.UUID;

/** The order has no line with this id. */
public class OrderItemNotFoundException extends DomainException {
    OrderItemNotFoundException(UUID itemId) {
        super(Refusal.NOT_FOUND, "ORDER_ITEM_NOT_FOUND", "The order has no item " + itemId + ".");
    }
}

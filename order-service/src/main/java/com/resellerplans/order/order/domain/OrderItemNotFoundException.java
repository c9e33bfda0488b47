package com.resellerplans.order.order.domain;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;
import java.util.UUID;

/** The order has no line with this id. */
public class OrderItemNotFoundException extends DomainException {
    OrderItemNotFoundException(UUID itemId) {
        super(Refusal.NOT_FOUND, "ORDER_ITEM_NOT_FOUND", "The order has no item " + itemId + ".");
    }
}

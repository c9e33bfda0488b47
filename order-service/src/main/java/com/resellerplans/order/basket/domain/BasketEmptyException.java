package com.resellerplans.order.basket.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** A checkout of an empty basket. */
public class BasketEmptyException extends DomainException {
    public BasketEmptyException() {
        super(Refusal.CONFLICT, "BASKET_EMPTY", "The basket is empty; add a plan product first.");
    }
}

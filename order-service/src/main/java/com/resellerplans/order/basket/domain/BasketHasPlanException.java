package com.resellerplans.order.basket.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The basket already holds a plan product; an order changes one plan at a time. */
public class BasketHasPlanException extends DomainException {
    BasketHasPlanException() {
        super(
                Refusal.CONFLICT,
                "BASKET_HAS_PLAN",
                "The basket already holds a plan product; remove it before adding another.");
    }
}

package com.resellerplans.order.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** No such order for this caller (also another distributor's or reseller's order). */
public class OrderNotFoundException extends DomainException {
    OrderNotFoundException(String what) {
        super(Refusal.NOT_FOUND, "ORDER_NOT_FOUND", "There is no " + what + ".");
    }
}

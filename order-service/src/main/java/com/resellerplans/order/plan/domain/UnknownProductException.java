package com.resellerplans.order.plan.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The product code names no product of the catalogue. */
public class UnknownProductException extends DomainException {
    UnknownProductException(String code) {
        super(
                Refusal.INVALID,
                "UNKNOWN_PRODUCT",
                "There is no product " + code + "; order FREE_PLAN or STANDARD_PLAN.");
    }
}

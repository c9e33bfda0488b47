package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The order holds no alias (for this caller). */
public class AliasHoldNotFoundException extends DomainException {
    public AliasHoldNotFoundException(String orderId) {
        super(Refusal.NOT_FOUND, "ALIAS_HOLD_NOT_FOUND", "Order " + orderId + " holds no alias.");
    }
}

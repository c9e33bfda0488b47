package com.resellerplans.storefront.alias.domain;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;

/** The order holds no alias (for this caller). */
public class AliasHoldNotFoundException extends DomainException {
    public AliasHoldNotFoundException(String orderId) {
        super(Refusal.NOT_FOUND, "ALIAS_HOLD_NOT_FOUND", "Order " + orderId + " holds no alias.");
    }
}

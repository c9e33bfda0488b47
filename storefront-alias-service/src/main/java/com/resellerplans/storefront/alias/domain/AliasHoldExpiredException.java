package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The order's hold expired and another order took the alias meanwhile. */
public class AliasHoldExpiredException extends DomainException {
    public AliasHoldExpiredException(String orderId, String alias) {
        super(
                Refusal.CONFLICT,
                "ALIAS_HOLD_EXPIRED",
                "The hold of order " + orderId + " on '" + alias + "' expired and another order took the alias.");
    }
}

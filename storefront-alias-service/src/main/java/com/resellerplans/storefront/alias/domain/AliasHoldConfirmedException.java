package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** A confirmed hold belongs to an executed order: it is neither moved nor released without force. */
public class AliasHoldConfirmedException extends DomainException {
    public AliasHoldConfirmedException(String orderId) {
        super(
                Refusal.CONFLICT,
                "ALIAS_HOLD_CONFIRMED",
                "The alias of order " + orderId + " is confirmed; it can no longer be moved or released.");
    }
}

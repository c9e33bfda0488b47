package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** A reseller token asked to hold an alias for another reseller. */
public class ResellerMismatchException extends DomainException {
    public ResellerMismatchException() {
        super(Refusal.FORBIDDEN, "RESELLER_MISMATCH", "A reseller may hold aliases for itself only.");
    }
}

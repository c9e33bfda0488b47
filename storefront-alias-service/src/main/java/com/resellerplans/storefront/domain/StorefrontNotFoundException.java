package com.resellerplans.storefront.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** No live storefront answers at this alias (none, purged, or another distributor's). */
public class StorefrontNotFoundException extends DomainException {
    public StorefrontNotFoundException() {
        super(Refusal.NOT_FOUND, "STOREFRONT_NOT_FOUND", "No storefront answers at this address.");
    }
}

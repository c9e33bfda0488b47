package com.resellerplans.storefront.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** A suspended storefront's data is kept as it was for the retention period: it cannot be changed. */
public class StorefrontSuspendedException extends DomainException {
    public StorefrontSuspendedException() {
        super(Refusal.CONFLICT, "STOREFRONT_SUSPENDED", "The storefront is suspended; its settings cannot change.");
    }
}

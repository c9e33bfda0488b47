package com.resellerplans.subscription.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** No such subscription for this caller: missing, another distributor's or another reseller's. */
public class SubscriptionNotFoundException extends DomainException {
    public SubscriptionNotFoundException(Object id) {
        super(Refusal.NOT_FOUND, "SUBSCRIPTION_NOT_FOUND", "No subscription " + id + ".");
    }
}

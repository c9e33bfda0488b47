package com.resellerplans.subscription.domain;

/** A new subscription for a reseller that already has one that is not cancelled. */
public class ResellerAlreadySubscribedException extends SubscriptionStateException {
    public ResellerAlreadySubscribedException(Object resellerId, Object subscriptionId) {
        super(
                "RESELLER_ALREADY_SUBSCRIBED",
                "Reseller " + resellerId + " already has subscription " + subscriptionId + ".");
    }
}

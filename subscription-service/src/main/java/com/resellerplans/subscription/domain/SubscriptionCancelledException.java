package com.resellerplans.subscription.domain;

/** The subscription is cancelled: nothing changes it any more. */
public class SubscriptionCancelledException extends SubscriptionStateException {
    public SubscriptionCancelledException(Object id) {
        super("SUBSCRIPTION_CANCELLED", "Subscription " + id + " is cancelled.");
    }
}

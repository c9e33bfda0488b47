package com.resellerplans.subscription.domain;

/** The subscription is pending cancellation, so its plan no longer changes. */
public class SubscriptionPendingCancellationException extends SubscriptionStateException {
    public SubscriptionPendingCancellationException(Object id) {
        super("SUBSCRIPTION_PENDING_CANCELLATION", "Subscription " + id + " is pending cancellation.");
    }
}

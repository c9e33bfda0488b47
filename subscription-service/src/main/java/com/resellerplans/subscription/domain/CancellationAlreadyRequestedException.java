package com.resellerplans.subscription.domain;

/** An end-of-term cancellation was already requested; only IMMEDIATE can still bring it forward. */
public class CancellationAlreadyRequestedException extends SubscriptionStateException {
    public CancellationAlreadyRequestedException(Object id) {
        super(
                "SUBSCRIPTION_ALREADY_PENDING_CANCELLATION",
                "Subscription " + id + " is already pending cancellation at the end of its term.");
    }
}

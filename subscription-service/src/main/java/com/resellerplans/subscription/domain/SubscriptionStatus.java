package com.resellerplans.subscription.domain;

/** Where a subscription is in its life; a cancelled one is never reactivated. */
public enum SubscriptionStatus {
    ACTIVE,
    PENDING_CANCELLATION,
    CANCELLED
}

package com.resellerplans.events;

/**
 * Where a subscription event stands in its reseller's history: the reseller's {@code subscriptionNumber}-th
 * subscription (1 for the first) at {@code subscriptionVersion}. A reseller has one live subscription at a time, so
 * its subscription events are totally ordered by number, then version: a consumer compares steps to tell a late
 * event from a new one, across subscriptions too.
 */
public record SubscriptionStep(long subscriptionNumber, long subscriptionVersion) {

    /** The step a consumer last applied, or null when it applied none. */
    public static SubscriptionStep orNull(Long subscriptionNumber, Long subscriptionVersion) {
        return subscriptionNumber == null || subscriptionVersion == null
                ? null
                : new SubscriptionStep(subscriptionNumber, subscriptionVersion);
    }

    /** Whether this step comes after {@code applied}; every step comes after none. */
    public boolean isAfter(SubscriptionStep applied) {
        if (applied == null) {
            return true;
        }
        return subscriptionNumber != applied.subscriptionNumber
                ? subscriptionNumber > applied.subscriptionNumber
                : subscriptionVersion > applied.subscriptionVersion;
    }
}

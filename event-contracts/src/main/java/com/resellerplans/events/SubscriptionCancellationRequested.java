package com.resellerplans.events;

import java.time.Instant;

/** A subscription is Pending Cancellation until {@code effectiveAt}; the reseller keeps its plan until then. */
public record SubscriptionCancellationRequested(
        String subscriptionId,
        long subscriptionVersion,
        long subscriptionNumber,
        ResellerSnapshot reseller,
        Plan plan,
        Instant effectiveAt,
        Actor actor,
        Channel channel,
        Instant requestedAt)
        implements SubscriptionEvent {}

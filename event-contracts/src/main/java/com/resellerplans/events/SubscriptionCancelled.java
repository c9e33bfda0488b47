package com.resellerplans.events;

import java.time.Instant;

/** A subscription is Cancelled and its reseller is back on {@code tier} (always BASIC). */
public record SubscriptionCancelled(
        String subscriptionId,
        long subscriptionVersion,
        long subscriptionNumber,
        ResellerSnapshot reseller,
        Plan plan,
        Tier tier,
        Instant cancelledAt,
        Actor actor,
        Channel channel)
        implements SubscriptionEvent {}

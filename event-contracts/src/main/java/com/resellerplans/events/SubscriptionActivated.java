package com.resellerplans.events;

import java.time.Instant;

/** A new subscription is ACTIVE and the reseller is on its plan. */
public record SubscriptionActivated(
        String subscriptionId,
        long subscriptionVersion,
        long subscriptionNumber,
        ResellerSnapshot reseller,
        Plan plan,
        String storefrontAlias,
        String orderId,
        Instant activatedAt,
        Instant termEndsAt)
        implements SubscriptionEvent {}

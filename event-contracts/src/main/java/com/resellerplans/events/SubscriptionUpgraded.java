package com.resellerplans.events;

import java.time.Instant;

/** An ACTIVE subscription moved to a higher plan; same id, same term, same storefront. */
public record SubscriptionUpgraded(
        String subscriptionId,
        long subscriptionVersion,
        long subscriptionNumber,
        ResellerSnapshot reseller,
        Plan fromPlan,
        Plan toPlan,
        String storefrontAlias,
        String orderId,
        Instant upgradedAt)
        implements SubscriptionEvent {}

package com.resellerplans.events;

import java.time.Instant;

/** A reseller's storefront answers at {@code url} and lets its users sign in; also sent on a reactivation. */
public record StorefrontActivated(
        String storefrontId,
        long storefrontVersion,
        ResellerSnapshot reseller,
        String subscriptionId,
        String alias,
        String url,
        Plan plan,
        boolean reactivated,
        Instant activatedAt) {}

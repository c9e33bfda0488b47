package com.resellerplans.events;

import java.time.Instant;

/** A storefront shows its login page but refuses sign-in; its data is kept until {@code retainedUntil}. */
public record StorefrontSuspended(
        String storefrontId,
        long storefrontVersion,
        String resellerId,
        String distributorId,
        String subscriptionId,
        String alias,
        String url,
        Instant retainedUntil,
        Instant suspendedAt) {}

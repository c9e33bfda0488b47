package com.resellerplans.events;

import java.time.Instant;

/** A storefront and its data are gone and its alias is free for anyone again. */
public record StorefrontPurged(
        String storefrontId,
        long storefrontVersion,
        String resellerId,
        String distributorId,
        String alias,
        Instant purgedAt) {}

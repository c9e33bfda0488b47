package com.resellerplans.events;

import java.time.Instant;

/** An executed order arrived when its change no longer applied; order-service marks it REJECTED. */
public record SubscriptionChangeRejected(
        String orderId,
        String subscriptionId,
        String resellerId,
        String distributorId,
        String code,
        String reason,
        Instant rejectedAt) {}

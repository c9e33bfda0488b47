package com.resellerplans.events;

import java.time.Instant;

/**
 * An order was executed: the reseller's plan is to change.
 *
 * @param subscriptionId the subscription an UPGRADE changes; null for NEW
 * @param storefrontAlias the confirmed alias of a NEW order; null for UPGRADE
 */
public record OrderExecuted(
        String orderId,
        long orderVersion,
        ResellerSnapshot reseller,
        Channel channel,
        Actor actor,
        OrderKind kind,
        Plan plan,
        String storefrontAlias,
        String subscriptionId,
        Instant executedAt) {}

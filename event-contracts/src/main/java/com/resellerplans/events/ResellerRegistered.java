package com.resellerplans.events;

import java.time.Instant;

/**
 * A reseller joined its distributor's directory. A reseller's identity, name and primary contact never change
 * once registered, so a service that keeps this snapshot never needs to ask for it again.
 */
public record ResellerRegistered(ResellerSnapshot reseller, Instant registeredAt) {}

package com.resellerplans.events;

/**
 * A reseller's plan tier, as subscription-service's directory and order-service's plan positions keep it:
 * BASIC without a live subscription, else that subscription's plan.
 */
public enum Tier {
    BASIC,
    FREE,
    STANDARD;

    public static Tier of(Plan plan) {
        return valueOf(plan.name());
    }
}

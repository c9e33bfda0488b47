package com.resellerplans.order.position.domain;

import com.resellerplans.events.Plan;

/** A reseller's plan tier: BASIC (no subscription) or the plan of its subscription. */
public enum Tier {
    BASIC, FREE, STANDARD;

    public static Tier of(Plan plan) {
        return valueOf(plan.name());
    }
}

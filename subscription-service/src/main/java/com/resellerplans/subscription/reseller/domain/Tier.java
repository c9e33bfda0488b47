package com.resellerplans.subscription.reseller.domain;

import com.resellerplans.events.Plan;

/** A reseller's plan tier: BASIC without a subscription, else the plan of its live subscription. */
public enum Tier {
    BASIC, FREE, STANDARD;

    public static Tier of(Plan plan) {
        return plan == Plan.FREE ? FREE : STANDARD;
    }
}

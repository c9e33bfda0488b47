package com.resellerplans.events;

/** Where a person asked for a change: the distributor's back office or the reseller's storefront. */
public enum Channel {
    BSS,
    STOREFRONT,
    SCHEDULER
}

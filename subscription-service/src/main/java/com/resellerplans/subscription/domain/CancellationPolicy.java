package com.resellerplans.subscription.domain;

/** When a requested cancellation takes effect. */
public enum CancellationPolicy {
    /** Pending Cancellation until the current term ends; the reseller keeps its plan until then. */
    END_OF_TERM,
    /** Cancelled at once. */
    IMMEDIATE
}

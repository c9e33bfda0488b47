package com.resellerplans.storefront.alias.domain;

/** What order-service says became of the order behind a confirmed hold. */
public enum OrderOutcome {
    /** The order executed: its alias is kept until the storefront takes it. */
    EXECUTED,
    /** The order does not exist (its commit failed after confirmation) or never executed: the alias is freed. */
    NOT_EXECUTED,
    /** order-service did not give a usable answer: nothing changes, the next run asks again. */
    UNKNOWN
}

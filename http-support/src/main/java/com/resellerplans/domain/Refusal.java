package com.resellerplans.domain;

/** The kind of a refusal. Domain code never names an HTTP status: the edge's problem mapper chooses it. */
public enum Refusal {
    /** The object does not exist for this caller (also another tenant's or reseller's object). */
    NOT_FOUND,
    /** The request conflicts with the current state. */
    CONFLICT,
    /** A value is not acceptable. */
    INVALID,
    /** The caller may not do this. */
    FORBIDDEN,
    /** A dependency needed to answer is unavailable. */
    UNAVAILABLE
}

package com.resellerplans.events;

/** The paid-for reseller plans; {@code BASIC} is the absence of a subscription and never travels as a plan. */
public enum Plan {
    FREE,
    STANDARD
}

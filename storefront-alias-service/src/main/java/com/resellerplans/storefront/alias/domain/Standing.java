package com.resellerplans.storefront.alias.domain;

/** How an alias stands for one caller. */
public enum Standing {
    /** Nobody has it, or only the caller's own reseller does, or the claim on it lapsed. */
    FREE,
    /** Held, confirmed or owned by someone else. */
    TAKEN,
    /** Kept for another, cancelled reseller during its retention. */
    RETAINED_FOR_OTHER
}

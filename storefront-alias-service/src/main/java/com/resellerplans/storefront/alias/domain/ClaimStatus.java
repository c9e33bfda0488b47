package com.resellerplans.storefront.alias.domain;

/** What an alias claim is: an order's hold, an executed order's confirmed hold, a storefront's, or a retention. */
public enum ClaimStatus {
    /** Held by a draft or checkout order; free once {@code expiresAt} has passed (null: while the order lives). */
    HELD,
    /** The order executed: never expires, not yet bound to a storefront. */
    CONFIRMED,
    /** The reseller's storefront owns it. */
    BOUND,
    /** The reseller cancelled: only that reseller may take it until the retention ends. */
    RETAINED
}

package com.resellerplans.subscription.domain;

/** What a caller may do with a subscription now; frontends build their menus from it. */
public enum SubscriptionAction {
    /** BSS: order the Standard plan; Storefront: add the Standard plan to the basket. */
    UPGRADE,
    /** Request the cancellation (an operator may also bring a pending one forward to IMMEDIATE). */
    CANCEL
}

package com.resellerplans.subscription.domain;

/** The subscription's storefront as storefront-alias-service last reported it. */
public enum StorefrontStatus {
    ACTIVE,
    SUSPENDED,
    PURGED
}

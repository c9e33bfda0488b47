package com.resellerplans.storefront.domain;

/** ACTIVE lets users sign in; SUSPENDED shows the login page but refuses sign-in; PURGED is gone. */
public enum StorefrontStatus {
    ACTIVE,
    SUSPENDED,
    PURGED
}

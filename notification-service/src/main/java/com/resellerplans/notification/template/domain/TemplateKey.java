package com.resellerplans.notification.template.domain;

import java.util.Arrays;
import java.util.Optional;

/** The emails the service sends, each named by the stable key distributors edit it under. */
public enum TemplateKey {
    WELCOME_STANDARD_RESELLER_STOREFRONT("welcome-standard-reseller-storefront"),
    SUBSCRIPTION_UPGRADED("subscription-upgraded"),
    SUBSCRIPTION_CANCELLATION_REQUESTED("subscription-cancellation-requested"),
    SUBSCRIPTION_CANCELLED("subscription-cancelled");

    private final String key;

    TemplateKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<TemplateKey> fromKey(String key) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.key.equals(key))
                .findFirst();
    }
}

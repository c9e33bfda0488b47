package com.resellerplans.events;

/** One Kafka topic per publishing service; records are keyed by reseller id so one reseller's events stay in order. */
public final class Topics {
    public static final String ORDERS = "orders";
    public static final String SUBSCRIPTIONS = "subscriptions";
    public static final String STOREFRONTS = "storefronts";

    private Topics() {}
}

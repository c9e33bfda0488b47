package com.resellerplans.storefront.alias.domain;

/** What became of an order, as order-service, which owns orders, tells it. */
public interface OrderLedger {
    /** The order's outcome; {@link OrderOutcome#UNKNOWN} when order-service gives no usable answer. */
    OrderOutcome outcomeOf(String distributorId, String orderId);
}

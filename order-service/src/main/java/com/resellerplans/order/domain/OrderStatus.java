package com.resellerplans.order.domain;

/** Where an order is in its life: drafts are BSS-only; storefront orders are born EXECUTED. */
public enum OrderStatus {
    DRAFT,
    EXECUTED,
    REJECTED,
    EXPIRED
}

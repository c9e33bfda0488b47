package com.resellerplans.order.domain;

/** Which orders of a distributor a list shows; null members do not filter. */
public record OrderFilter(String resellerId, OrderStatus status) {}

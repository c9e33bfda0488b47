package com.resellerplans.notification.delivery.domain;

/** The optional filters of the deliveries list, as the client sent them. */
public record DeliveryFilter(String status, String resellerId, String templateKey) {}

package com.resellerplans.notification.delivery.domain;

import java.util.List;

/** A delivery and its SMTP attempts, oldest first. */
public record DeliveryDetails(Delivery delivery, List<DeliveryAttempt> attempts) {}

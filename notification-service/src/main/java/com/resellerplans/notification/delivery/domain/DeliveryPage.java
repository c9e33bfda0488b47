package com.resellerplans.notification.delivery.domain;

import java.util.List;

/** One page of deliveries, newest first, and where the next one starts (null on the last page). */
public record DeliveryPage(List<Delivery> items, PageCursor next) {
}

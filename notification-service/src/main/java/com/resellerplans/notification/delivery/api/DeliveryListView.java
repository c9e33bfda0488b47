package com.resellerplans.notification.delivery.api;

import com.resellerplans.notification.delivery.domain.DeliveryPage;
import java.util.List;

/** One page of the deliveries list. */
public record DeliveryListView(List<DeliveryView> items, String nextCursor) {

    static DeliveryListView of(DeliveryPage page) {
        return new DeliveryListView(page.items().stream().map(DeliveryView::of).toList(),
                page.next() == null ? null : page.next().encode());
    }
}

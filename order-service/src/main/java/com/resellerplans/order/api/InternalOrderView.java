package com.resellerplans.order.api;

import com.resellerplans.order.domain.Order;
import com.resellerplans.order.domain.OrderStatus;
import java.util.UUID;

/** An order as the other services of the suite read it ({@code GET /internal/v1/orders/{id}}). */
public record InternalOrderView(
        UUID id, String distributorId, String resellerId, OrderStatus status, String storefrontAlias) {

    static InternalOrderView of(Order order) {
        return new InternalOrderView(
                order.id(), order.distributorId(), order.resellerId(), order.status(), order.storefrontAlias());
    }
}

package com.resellerplans.order.api;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.order.domain.Order;
import com.resellerplans.order.domain.OrderAction;
import com.resellerplans.order.domain.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as both frontends show it, with the actions the caller may take on it. */
public record OrderView(
        UUID id,
        String resellerId,
        OrderStatus status,
        OrderKind kind,
        Channel channel,
        List<OrderItemView> items,
        Plan plan,
        @Schema(nullable = true) String subscriptionId,
        Actor createdBy,
        Instant createdAt,
        @Schema(nullable = true) Instant executedAt,
        @Schema(nullable = true) String rejectionReason,
        List<OrderAction> allowedActions) {

    /** The order's single plan line. */
    public record OrderItemView(
            UUID id,
            String product,
            @Schema(nullable = true) String storefrontAlias) {}

    static OrderView of(Order order, boolean operator) {
        return new OrderView(
                order.id(),
                order.resellerId(),
                order.status(),
                order.kind(),
                order.channel(),
                List.of(new OrderItemView(order.lineId(), order.product(), order.storefrontAlias())),
                order.plan(),
                order.subscriptionId(),
                order.createdBy(),
                order.createdAt(),
                order.executedAt(),
                order.rejectedReason(),
                order.allowedActions(operator));
    }
}

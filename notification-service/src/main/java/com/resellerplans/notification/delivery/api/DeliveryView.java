package com.resellerplans.notification.delivery.api;

import com.resellerplans.notification.delivery.domain.Delivery;
import com.resellerplans.notification.delivery.domain.DeliveryStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery as the deliveries list shows it. */
public record DeliveryView(
        String id,
        String resellerId,
        String templateKey,
        @Schema(nullable = true) String eventId,
        String recipient,
        String subject,
        @Schema(nullable = true) String messageId,
        DeliveryStatus status,
        int attemptCount,
        @Schema(nullable = true) Instant nextAttemptAt,
        @Schema(nullable = true) String lastError,
        Instant createdAt,
        @Schema(nullable = true) Instant sentAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(
                delivery.id().toString(),
                delivery.resellerId(),
                delivery.templateKey(),
                delivery.eventId(),
                delivery.recipient(),
                delivery.subject(),
                delivery.messageId(),
                delivery.status(),
                delivery.attempts(),
                delivery.nextAttemptAt(),
                delivery.lastError(),
                delivery.createdAt(),
                delivery.sentAt());
    }
}

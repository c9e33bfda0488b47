package com.resellerplans.notification.delivery.api;

import com.resellerplans.notification.delivery.domain.Delivery;
import com.resellerplans.notification.delivery.domain.DeliveryStatus;
import java.time.Instant;

/** A delivery as the deliveries list shows it. */
public record DeliveryView(String id, String resellerId, String templateKey, String eventId, String recipient,
        String subject, String messageId, DeliveryStatus status, int attemptCount, Instant nextAttemptAt,
        String lastError, Instant createdAt, Instant sentAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id().toString(), delivery.resellerId(), delivery.templateKey(),
                delivery.eventId(), delivery.recipient(), delivery.subject(), delivery.messageId(), delivery.status(),
                delivery.attempts(), delivery.nextAttemptAt(), delivery.lastError(), delivery.createdAt(),
                delivery.sentAt());
    }
}

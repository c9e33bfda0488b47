package com.resellerplans.notification.delivery.domain;

import java.util.UUID;

/** What the send of a delivery needs, read while the delivery is claimed. */
public record OutgoingEmail(
        UUID deliveryId, String from, String recipient, String subject, String html, String text, String messageId) {
    static OutgoingEmail of(Delivery delivery, String from) {
        return new OutgoingEmail(
                delivery.id(),
                from,
                delivery.recipient(),
                delivery.subject(),
                delivery.htmlBody(),
                delivery.textBody(),
                delivery.messageId());
    }
}

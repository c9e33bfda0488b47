package com.resellerplans.notification.delivery.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.resellerplans.notification.delivery.domain.Delivery;
import com.resellerplans.notification.delivery.domain.DeliveryAttempt;
import com.resellerplans.notification.delivery.domain.DeliveryDetails;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery with the email as sent and every SMTP attempt at it, oldest first. */
public record DeliveryDetailsView(
        @JsonUnwrapped DeliveryView delivery, String htmlBody, String textBody, List<AttemptView> attempts) {

    /** One SMTP attempt and the server's reply when it refused. */
    public record AttemptView(
            Instant at,
            DeliveryAttempt.Outcome outcome,
            @Schema(nullable = true) String smtpReply) {}

    static DeliveryDetailsView of(DeliveryDetails details) {
        Delivery delivery = details.delivery();
        return new DeliveryDetailsView(
                DeliveryView.of(delivery),
                delivery.htmlBody(),
                delivery.textBody(),
                details.attempts().stream()
                        .map(a -> new AttemptView(a.at(), a.outcome(), a.smtpReply()))
                        .toList());
    }
}

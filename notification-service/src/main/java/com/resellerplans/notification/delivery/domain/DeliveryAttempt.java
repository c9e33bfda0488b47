package com.resellerplans.notification.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One SMTP attempt at a delivery and what the server answered; never changed once written. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {
    /** What came of an attempt. */
    public enum Outcome {
        SENT,
        FAILED
    }

    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "delivery_id")
    private UUID deliveryId;

    private Instant at;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "smtp_reply")
    private String smtpReply;

    protected DeliveryAttempt() {}

    static DeliveryAttempt of(Delivery delivery, Instant at, Outcome outcome, String smtpReply) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.id = UUID.randomUUID();
        attempt.distributorId = delivery.distributorId();
        attempt.deliveryId = delivery.id();
        attempt.at = at;
        attempt.outcome = outcome;
        attempt.smtpReply = smtpReply;
        return attempt;
    }

    public Instant at() {
        return at;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String smtpReply() {
        return smtpReply;
    }
}

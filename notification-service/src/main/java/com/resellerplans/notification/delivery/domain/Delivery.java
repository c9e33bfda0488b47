package com.resellerplans.notification.delivery.domain;

import com.resellerplans.notification.template.domain.RenderedEmail;
import com.resellerplans.notification.template.domain.TemplateKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One email to one recipient for one event, rendered when it was queued. Its Message-ID is fixed at that moment,
 * so a send repeated after a crash (between the SMTP server's acceptance and its recording) carries the same one.
 */
@Entity
@Table(name = "delivery")
public class Delivery {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "reseller_id")
    private String resellerId;

    @Column(name = "template_key")
    private String templateKey;

    @Column(name = "event_id")
    private String eventId;

    private String recipient;
    private String subject;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "message_id")
    private String messageId;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Delivery() {}

    /** A new QUEUED delivery, due at once. */
    public static Delivery queue(
            EmailAddressing addressing, TemplateKey key, RenderedEmail email, Instant now, String messageIdDomain) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.distributorId = addressing.distributorId();
        delivery.resellerId = addressing.resellerId();
        delivery.eventId = addressing.eventId();
        delivery.recipient = addressing.recipient();
        delivery.templateKey = key.key();
        delivery.subject = email.subject();
        delivery.htmlBody = email.html();
        delivery.textBody = email.text();
        delivery.messageId = "<" + delivery.id + "@" + messageIdDomain + ">";
        delivery.status = DeliveryStatus.QUEUED;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    /** Reserves the delivery for one sender until {@code until}; after that another may retry it. */
    void claimUntil(Instant until) {
        requireAwaitingSending();
        nextAttemptAt = until;
    }

    /** The SMTP server accepted the email. */
    void recordSent(Instant at) {
        requireAwaitingSending();
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt failed: retried after {@code retryIn}, or DEAD once {@code maxAttempts} were made. */
    void recordFailure(String error, Instant at, Duration retryIn, int maxAttempts) {
        requireAwaitingSending();
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.DEAD;
            nextAttemptAt = null;
        } else {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = at.plus(retryIn);
        }
    }

    /**
     * The SMTP server refused the email for good (a 5xx reply): no retry would change its answer, so the delivery
     * is DEAD at once with that reply, listed for an operator, who can resend it once the cause is fixed.
     */
    void recordRefusal(String reply, Instant at) {
        requireAwaitingSending();
        attempts++;
        lastError = reply;
        status = DeliveryStatus.DEAD;
        nextAttemptAt = null;
    }

    /** A claimed delivery that was not sent is due again at once; the claim was no attempt. */
    void releaseClaim(Instant now) {
        requireAwaitingSending();
        nextAttemptAt = now;
    }

    /** An operator asks for another try: a FAILED or DEAD delivery is due again with a fresh round of attempts. */
    void resend(Instant now) {
        if (status == DeliveryStatus.SENT) {
            throw new DeliveryAlreadySentException(id);
        }
        if (status == DeliveryStatus.QUEUED) {
            return; // already on its way
        }
        status = DeliveryStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireAwaitingSending() {
        if (!status.awaitsSending()) {
            throw new IllegalStateException("Delivery " + id + " is " + status + " and is not sent again");
        }
    }

    public UUID id() {
        return id;
    }

    public String distributorId() {
        return distributorId;
    }

    public String resellerId() {
        return resellerId;
    }

    public String templateKey() {
        return templateKey;
    }

    public String eventId() {
        return eventId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String textBody() {
        return textBody;
    }

    public String messageId() {
        return messageId;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}

package com.resellerplans.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event waiting to be published, written in the same transaction as the change that caused it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    public UUID id;
    public String topic;
    @Column(name = "message_key")
    public String key;
    @Column(name = "event_type")
    public String type;
    public String source;
    public String subject;
    public String payload;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "sent_at")
    public Instant sentAt;
    /** W3C trace context of the transaction that wrote the row; null when it was not traced. */
    @Column(name = "trace_parent")
    public String traceParent;
    @Column(name = "trace_state")
    public String traceState;

    void markSent(Instant at) {
        sentAt = at;
        lastError = null;
    }

    void markFailed(String error) {
        attempts++;
        lastError = error;
    }
}

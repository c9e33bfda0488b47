package com.resellerplans.outbox;

import com.resellerplans.events.EventContract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One event waiting to be published, written in the same transaction as the change that caused it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    @Id
    private UUID id;

    private String topic;

    @Column(name = "message_key")
    private String key;

    @Column(name = "event_type")
    private String type;

    private String source;
    private String subject;
    private String payload;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;
    /** W3C trace context of the transaction that wrote the row; null when it was not traced. */
    @Column(name = "trace_parent")
    private String traceParent;

    @Column(name = "trace_state")
    private String traceState;

    protected OutboxMessage() {}

    /** An event about a reseller, keyed and subjected by its id, carrying the writer's trace context. */
    OutboxMessage(
            EventContract<?> contract,
            String resellerId,
            String source,
            String payload,
            Instant occurredAt,
            Map<String, String> trace) {
        this.id = UUID.randomUUID();
        this.topic = contract.topic();
        this.key = resellerId;
        this.type = contract.type();
        this.source = source;
        this.subject = resellerId;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.traceParent = trace.get(EventTracing.TRACE_PARENT);
        this.traceState = trace.get(EventTracing.TRACE_STATE);
    }

    void markSent(Instant at) {
        sentAt = at;
        lastError = null;
    }

    void markFailed(String error) {
        attempts++;
        lastError = error;
    }

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    /** The Kafka key: the reseller's id. */
    public String key() {
        return key;
    }

    /** The event's type string. */
    public String type() {
        return type;
    }

    String source() {
        return source;
    }

    String subject() {
        return subject;
    }

    String payload() {
        return payload;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** How many sends failed so far. */
    public int attempts() {
        return attempts;
    }

    /** When the broker acknowledged it; null while it waits. */
    public Instant sentAt() {
        return sentAt;
    }

    String traceParent() {
        return traceParent;
    }

    String traceState() {
        return traceState;
    }
}

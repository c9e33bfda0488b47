package com.resellerplans.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.events.EventContract;
import com.resellerplans.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes events into the caller's transaction. Nothing reaches Kafka unless that transaction commits, and
 * nothing that committed is lost: the relay publishes every row, woken by the commit (see {@link OutboxRelay}).
 * A transaction that writes a reseller's event holds that reseller's outbox lock until it ends, so the next
 * transaction writing about the same reseller waits for it: each row's {@code sequence_number}, which the relay
 * publishes in, follows the order in which a reseller's events were committed, whatever else the two locked.
 */
@ApplicationScoped
public class Outbox {
    /** The advisory lock space of the per-reseller locks (the two-key form never meets the relay's one-key lock). */
    private static final int RESELLER_LOCKS = 0x6f62;

    private static final String LOCK_RESELLER = """
            SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:space, hashtext(:key))) AS locked""";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final EventTracing tracing;
    private final String source;

    Outbox(EntityManager entityManager, ObjectMapper json, Clock clock, EventTracing tracing, ServiceName service) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.tracing = tracing;
        this.source = "/" + service.name();
    }

    /**
     * Records an event about a reseller; the reseller id is the Kafka key and the CloudEvents subject.
     *
     * @return the envelope the event will carry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope publish(EventContract<T> contract, String resellerId, T payload) {
        entityManager
                .createNativeQuery(LOCK_RESELLER)
                .setParameter("space", RESELLER_LOCKS)
                .setParameter("key", resellerId)
                .getSingleResult();
        OutboxMessage message =
                new OutboxMessage(contract, resellerId, source, toJson(payload), Instant.now(clock), tracing.current());
        entityManager.persist(message);
        return new EventEnvelope(message.id().toString(), message.type(), source, message.occurredAt(), resellerId);
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}

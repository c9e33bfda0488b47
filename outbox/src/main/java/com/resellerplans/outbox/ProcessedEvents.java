package com.resellerplans.outbox;

import com.resellerplans.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** The inbox table: which events each consumer has already applied. */
@ApplicationScoped
class ProcessedEvents {
    private static final String RECORD_ONCE = """
            INSERT INTO inbox_event (consumer, event_id, event_type, received_at)
            VALUES (:consumer, :eventId, :eventType, :receivedAt) ON CONFLICT DO NOTHING""";

    private final EntityManager entityManager;
    private final Clock clock;

    ProcessedEvents(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records the event in the caller's transaction. A concurrent delivery of the same event waits on the
     * primary key until this transaction ends, then finds the row: at most one of them applies it.
     *
     * @return true the first time this consumer sees the event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean recordFirstDelivery(String consumer, EventEnvelope envelope) {
        return entityManager
                        .createNativeQuery(RECORD_ONCE)
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", envelope.id())
                        .setParameter("eventType", envelope.type())
                        .setParameter("receivedAt", Instant.now(clock))
                        .executeUpdate()
                == 1;
    }
}

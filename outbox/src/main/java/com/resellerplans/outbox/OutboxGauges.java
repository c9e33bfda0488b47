package com.resellerplans.outbox;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The outbox backlog every publishing service reports: unsent rows, and how long the oldest has waited. */
@Startup
@ApplicationScoped
class OutboxGauges {
    OutboxGauges(DatabaseGauges gauges, Clock clock) {
        gauges.gauge(
                "outbox.backlog",
                "Outbox rows not yet acknowledged by Kafka",
                "rows",
                database -> ((Number)
                                database.createNativeQuery("SELECT count(*) FROM outbox_message WHERE sent_at IS NULL")
                                        .getSingleResult())
                        .doubleValue());
        gauges.gauge(
                "outbox.oldest.unsent.age", "How long the oldest unsent outbox row has waited", "seconds", database -> {
                    Object oldest = database.createNativeQuery(
                                    "SELECT min(occurred_at) FROM outbox_message WHERE sent_at IS NULL")
                            .getSingleResult();
                    return oldest == null
                            ? 0
                            : Math.max(
                                    0,
                                    Duration.between(instantOf(oldest), Instant.now(clock))
                                                    .toMillis()
                                            / 1000.0);
                });
    }

    private static Instant instantOf(Object timestamp) {
        if (timestamp instanceof Instant instant) {
            return instant;
        }
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) timestamp).toInstant();
    }
}

package com.resellerplans.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.events.CloudEventHeaders;
import com.resellerplans.events.EventEnvelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies consumed events exactly once in effect: the event id is recorded in the same transaction as the
 * handler's changes, so a redelivered event changes nothing. A failing handler is retried with backoff in
 * a fresh transaction, and what happens next depends on why it failed ({@link Failure}): while the database or
 * the transaction manager is out of reach the record is retried for as long as the outage lasts (it stays
 * unacknowledged and the records after it wait, so nothing is skipped and each key keeps its order); a lost race
 * for a row is run again on fresh state; only a failure of the event's own (bad payload, a rule bug), on a
 * database that answers, ends after the last attempt in the channel's failure strategy (the dead-letter topic),
 * so one poison event cannot stall a partition for ever. Once the application is stopping (its database going
 * away under the handler is no fault of the event), a record is neither applied nor handed to the failure
 * strategy: it stays unacknowledged, its offset uncommitted, and is redelivered after the restart.
 * While an event is applied, its id and type are in the logging MDC ({@code eventId}, {@code eventType}) and its
 * consumer span, continuing the producer's trace, is the current one: events the handler publishes carry the
 * same trace on.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String EVENT_ID = "eventId";
    private static final String EVENT_TYPE = "eventType";
    /** The longest a record is held once stopping, should the consumers' closing never be announced. */
    private static final Duration STOPPING_HOLD = Duration.ofSeconds(20);

    private static final int DATABASE_PROBE_TIMEOUT_SECONDS = 2;

    private final ProcessedEvents processedEvents;
    private final ObjectMapper json;
    private final String consumerName;
    private final int maxAttempts;
    private final int maxConflicts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final DataSource dataSource;
    private final EventTracing tracing;
    private final CountDownLatch consumersClosed = new CountDownLatch(1);
    private volatile boolean stopping;

    Inbox(
            ProcessedEvents processedEvents,
            ObjectMapper json,
            EventTracing tracing,
            DataSource dataSource,
            ServiceName service,
            InboxConfig config) {
        this.processedEvents = processedEvents;
        this.json = json;
        this.dataSource = dataSource;
        this.consumerName = service.name();
        this.maxAttempts = config.maxAttempts();
        this.maxConflicts = config.maxConflicts();
        this.initialBackoff = config.initialBackoff();
        this.maxBackoff = config.maxBackoff();
        this.tracing = tracing;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** After the Kafka connector's own observer (priority 50) has closed the consumers without committing. */
    void consumersClosed(
            @Observes(notifyObserver = Reception.IF_EXISTS) @Priority(60) @BeforeDestroyed(ApplicationScoped.class)
                    Object event) {
        consumersClosed.countDown();
    }

    /** Runs the handler registered for the record's event type, if any, once per event id. */
    public void consume(ConsumerRecord<String, String> record, EventHandlers handlers) {
        if (stopping) {
            leaveForRedelivery(record);
        }
        EventEnvelope envelope = envelopeOf(record);
        Optional<EventHandlers.Registration<?>> registration = handlers.forType(envelope.type());
        if (registration.isEmpty()) {
            return;
        }
        traced(record, envelope, () -> {
            applyWithRetries(envelope, record, registration.get());
            return null;
        });
    }

    /**
     * Applies a dead-lettered record once more, in one attempt and through the same inbox row and handler as the
     * live consumer: an event this consumer has applied meanwhile (redelivered, or replayed already) changes
     * nothing. A failure is not retried: the operator sees it at once, and the record stays where it is.
     */
    Replay replay(
            ConsumerRecord<String, String> record, EventEnvelope envelope, EventHandlers.Registration<?> handler) {
        if (stopping) {
            throw new DomainException(
                    Refusal.UNAVAILABLE,
                    "DEAD_LETTER_REPLAY_UNAVAILABLE",
                    "The service is stopping; nothing was applied. Replay it on a running instance.");
        }
        return traced(record, envelope, () -> applyOnce(envelope, record, handler));
    }

    /** What a replay did. */
    public enum Replay {
        /**
         * The inbox had not recorded the event: its handler ran and committed with the inbox row (a later event may
         * have superseded it, and then it changed nothing).
         */
        APPLIED,
        /** The inbox had recorded the event already: nothing ran, nothing changed. */
        ALREADY_APPLIED
    }

    private <T> Replay applyOnce(
            EventEnvelope envelope, ConsumerRecord<String, String> record, EventHandlers.Registration<T> registration) {
        T payload;
        try {
            payload = payloadOf(record, registration);
        } catch (IllegalArgumentException unreadable) {
            throw new DomainException(
                    Refusal.INVALID,
                    "DEAD_LETTER_UNREADABLE",
                    "The record's body is not a readable " + envelope.type() + " payload; it cannot be applied.");
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!processedEvents.recordFirstDelivery(consumerName, envelope)) {
                    return Replay.ALREADY_APPLIED;
                }
                registration.handler().handle(envelope, payload);
                return Replay.APPLIED;
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Replaying %s %s failed; it stays in the dead-letter topic", envelope.type(), envelope.id());
            throw switch (Failure.of(e, this::databaseAnswers)) {
                case OUTAGE ->
                    new DomainException(
                            Refusal.UNAVAILABLE,
                            "DEAD_LETTER_REPLAY_UNAVAILABLE",
                            "The database is out of reach; nothing was applied. Replay it again once it is back.");
                case CONFLICT ->
                    new DomainException(
                            Refusal.CONFLICT,
                            "DEAD_LETTER_REPLAY_CONFLICT",
                            "Another transaction changed the same rows; nothing was applied. Replay it again.");
                case EVENT ->
                    new DomainException(
                            Refusal.CONFLICT,
                            "DEAD_LETTER_REPLAY_FAILED",
                            "Applying event " + envelope.id() + " failed again, so nothing was applied; the service"
                                    + " log has the cause under that event id.");
            };
        }
    }

    /** Runs the work with the event's consumer span current and its id and type in the logging MDC. */
    private <R> R traced(ConsumerRecord<String, String> record, EventEnvelope envelope, Supplier<R> work) {
        Span span = tracing.startConsume(record, consumerName, envelope.type(), envelope.id());
        MDC.put(EVENT_ID, envelope.id());
        MDC.put(EVENT_TYPE, envelope.type());
        try (Scope ignored = span.makeCurrent()) {
            R result = work.get();
            span.end();
            return result;
        } catch (RuntimeException e) {
            EventTracing.fail(span, e);
            throw e;
        } finally {
            MDC.remove(EVENT_ID);
            MDC.remove(EVENT_TYPE);
        }
    }

    private <T> void applyWithRetries(
            EventEnvelope envelope, ConsumerRecord<String, String> record, EventHandlers.Registration<T> registration) {
        T payload = payloadOf(record, registration);
        Duration backoff = initialBackoff;
        int eventFailures = 0;
        int conflicts = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (processedEvents.recordFirstDelivery(consumerName, envelope)) {
                        registration.handler().handle(envelope, payload);
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    leaveForRedelivery(record);
                }
                Failure failure = Failure.of(e, this::databaseAnswers);
                switch (failure) {
                    case OUTAGE ->
                        LOG.warnf(
                                "Applying %s %s failed, infrastructure out of reach (%s); keeping the"
                                        + " record and retrying in %s",
                                envelope.type(), envelope.id(), e, backoff);
                    case CONFLICT -> {
                        if (++conflicts >= maxConflicts) {
                            throw e; // a conflict that comes back every time is a rule bug, not a race
                        }
                        LOG.infof(
                                "Applying %s %s lost a race for a row (%d of %d); running it again in %s",
                                envelope.type(), envelope.id(), conflicts, maxConflicts, backoff);
                    }
                    case EVENT -> {
                        if (++eventFailures >= maxAttempts) {
                            throw e;
                        }
                        LOG.warnf(
                                e,
                                "Applying %s %s failed (attempt %d of %d); retrying in %s",
                                envelope.type(),
                                envelope.id(),
                                eventFailures,
                                maxAttempts,
                                backoff);
                    }
                }
                sleep(backoff);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
            }
        }
    }

    /** Whether the database takes a connection and answers on it now. */
    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_PROBE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private <T> T payloadOf(ConsumerRecord<String, String> record, EventHandlers.Registration<T> registration) {
        try {
            return json.readValue(record.value(), registration.contract().payloadType());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Unreadable " + registration.contract().type() + " payload", e);
        }
    }

    static EventEnvelope envelopeOf(ConsumerRecord<String, String> record) {
        String time = header(record, CloudEventHeaders.TIME);
        return new EventEnvelope(
                header(record, CloudEventHeaders.ID),
                header(record, CloudEventHeaders.TYPE),
                header(record, CloudEventHeaders.SOURCE),
                time == null ? null : Instant.parse(time),
                header(record, CloudEventHeaders.SUBJECT));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    /**
     * Holds the record, unacknowledged, until the consumers have closed without committing its offset, then fails
     * it as {@link LeftForRedelivery}, which the channel's failure strategy ({@link DeadLetterUnlessStopping})
     * neither acknowledges nor dead-letters. Holding it keeps the consumer from handing out, and failing, every
     * record it still has while the other consumers close one after the other. (Before, a record that failed on
     * the closed EntityManagerFactory during a SIGTERM went to the dead-letter topic and was lost: FaultSuiteIT.)
     * The hold ends as soon as the consumers are closed, so records queued behind it never hold up the exit.
     */
    private void leaveForRedelivery(ConsumerRecord<String, String> record) {
        try {
            consumersClosed.await(STOPPING_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new LeftForRedelivery(record);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}

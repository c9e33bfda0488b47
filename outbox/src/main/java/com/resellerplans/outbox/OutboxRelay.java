package com.resellerplans.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.resellerplans.events.CloudEventHeaders;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in the order they were written, however many instances of the service run.
 * Each batch is one transaction that first takes the database's relay lock ({@code pg_try_advisory_xact_lock}):
 * only one relay of the deployment sends at a time, and it marks a batch sent, committing and so releasing the
 * lock, only once the broker acknowledged every record of it. The next batch, on whichever instance, starts
 * after that commit and reads the rows in {@code sequence_number} order, so a reseller's later event never
 * reaches Kafka before an earlier one. A commit on any instance wakes every relay (PostgreSQL NOTIFY); a poll
 * picks up what a crash left behind. A relay that stops answering (paused, or cut off) loses the lock when the
 * database ends its idle transaction, and the batch it held, never marked sent, is sent again by the next relay:
 * its records may then appear twice, a duplicate the consumers' inbox drops, but never out of order.
 * A failed batch stays unsent and the relay backs off as a whole. On shutdown it claims nothing more: the batch
 * in hand is finished, or, if the broker does not acknowledge it in time, left unsent for the next relay.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * The advisory lock a relay holds for the length of a batch. Any number does: one database holds one service's
     * outbox, so one lock serves all of its relays.
     */
    public static final long RELAY_LOCK = 0x6f7574626f78L;
    /** Takes the relay lock for this transaction and has the database end it should the relay stop answering. */
    private static final String TAKE_RELAY_TURN = """
            SELECT pg_try_advisory_xact_lock(:lock)
               AND set_config('idle_in_transaction_session_timeout', :idleTimeout, true) IS NOT NULL""";

    private static final String CLAIM_UNSENT = """
            SELECT * FROM outbox_message WHERE sent_at IS NULL
            ORDER BY sequence_number LIMIT :limit FOR UPDATE""";
    /** How often a relay waiting for a commit notification looks whether it should stop. */
    private static final Duration STOP_CHECK = Duration.ofMillis(250);

    private final OutboxConfig config;
    private final OutboxProducer producerFactory;
    private final EntityManager entityManager;
    private final Clock clock;
    private final EventTracing tracing;
    private final MeterRegistry meters;
    private final CommitNotifications commits;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private ExecutorService worker;
    private Producer<String, byte[]> producer;
    private volatile boolean running;

    OutboxRelay(
            OutboxConfig config,
            OutboxProducer producerFactory,
            EntityManager entityManager,
            Clock clock,
            EventTracing tracing,
            MeterRegistry meters,
            AgroalDataSource dataSource) {
        this.config = config;
        this.producerFactory = producerFactory;
        this.entityManager = entityManager;
        this.clock = clock;
        this.tracing = tracing;
        this.meters = meters;
        this.commits = new CommitNotifications(dataSource);
    }

    void start(@Observes StartupEvent started) {
        if (!config.relayEnabled()) {
            return;
        }
        producer = producerFactory.create();
        running = true;
        worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "outbox-relay"));
        worker.submit(this::relayUntilStopped);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        stopRequested.countDown();
        worker.shutdown();
        if (!worker.awaitTermination(config.ackTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
            // interrupting the wait for acknowledgements marks the rest of the batch failed: it stays unsent
            worker.shutdownNow();
            worker.awaitTermination(2, TimeUnit.SECONDS);
        }
        producer.close(Duration.ofSeconds(5));
    }

    private void relayUntilStopped() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                BatchResult result = QuarkusTransaction.requiringNew().call(this::relayOneBatch);
                if (result.failed()) {
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                    continue;
                }
                backoff = config.initialBackoff();
                if (result.sent() < config.batchSize()) {
                    awaitCommit();
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Outbox relay cycle failed; retrying in %s", backoff);
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
        commits.close();
    }

    private BatchResult relayOneBatch() {
        boolean myTurn = (Boolean) entityManager
                .createNativeQuery(TAKE_RELAY_TURN)
                .setParameter("lock", RELAY_LOCK)
                .setParameter(
                        "idleTimeout",
                        Long.toString(
                                config.ackTimeout().plus(config.turnGrace()).toMillis()))
                .getSingleResult();
        if (!myTurn) {
            return new BatchResult(0, false); // another instance's relay is sending; its commit will notify us
        }
        @SuppressWarnings("unchecked")
        List<OutboxMessage> batch = entityManager
                .createNativeQuery(CLAIM_UNSENT, OutboxMessage.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return new BatchResult(0, false);
        }
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            Span span = tracing.startPublish(message);
            spans.add(span);
            ProducerRecord<String, byte[]> record = toRecord(message);
            tracing.inject(span, record.headers());
            Future<RecordMetadata> acknowledgement = producer.send(record);
            acknowledgements.add(acknowledgement);
            if (failedAlready(acknowledgement)) {
                break; // the broker is unreachable: every further send would block as long again
            }
        }
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        int sent = 0;
        boolean failed = false;
        String firstError = null;
        for (int i = 0; i < acknowledgements.size(); i++) {
            OutboxMessage message = batch.get(i);
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                Instant acknowledged = Instant.now(clock);
                message.markSent(acknowledged);
                spans.get(i).end();
                Timer.builder("outbox.relay.lag")
                        .description("From the event's commit time (occurred_at) to the broker's acknowledgement")
                        .tag("topic", message.topic())
                        .register(meters)
                        .record(Duration.between(message.occurredAt(), acknowledged));
                sent++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                message.markFailed("interrupted");
                EventTracing.fail(spans.get(i), e);
                failed = true;
            } catch (Exception e) {
                String error = rootMessage(e);
                message.markFailed(error);
                EventTracing.fail(spans.get(i), e);
                failed = true;
                firstError = firstError == null ? error : firstError;
            }
        }
        if (failed || acknowledgements.size() < batch.size()) {
            // the reason matters to an operator: a refused login (SaslAuthenticationException) is not an outage
            LOG.warnf(
                    "Outbox relay: %d of %d events not acknowledged by Kafka; they stay queued (%s)",
                    batch.size() - sent, batch.size(), firstError == null ? "not sent" : firstError);
            failed = true;
        }
        return new BatchResult(sent, failed);
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, message.id().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, message.type().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, message.source().getBytes(UTF_8));
        headers.add(
                CloudEventHeaders.TIME,
                DateTimeFormatter.ISO_INSTANT.format(message.occurredAt()).getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, message.subject().getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        return new ProducerRecord<>(
                message.topic(), null, message.key(), message.payload().getBytes(UTF_8), headers);
    }

    /** Returns once some instance committed outbox rows, or after the poll interval. */
    private void awaitCommit() {
        long deadline = System.nanoTime() + config.pollInterval().toNanos();
        try {
            while (running && System.nanoTime() < deadline) {
                if (commits.await(STOP_CHECK)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void pause(Duration duration) {
        try {
            stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static boolean failedAlready(Future<RecordMetadata> acknowledgement) {
        if (!acknowledgement.isDone()) {
            return false;
        }
        try {
            acknowledgement.get();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record BatchResult(int sent, boolean failed) {}
}

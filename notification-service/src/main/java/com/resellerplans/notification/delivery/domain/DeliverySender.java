package com.resellerplans.notification.delivery.domain;

import com.resellerplans.notification.sender.domain.SenderSettingsService;
import com.resellerplans.outbox.AfterCommit;
import com.resellerplans.outbox.DueQuery;
import com.resellerplans.outbox.DueRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries over SMTP on threads of its own ({@code notifications.concurrency} of them), apart from
 * Kafka consumption. A commit that queued deliveries wakes them at once; a poll picks up retries and whatever a
 * crash left behind. Each thread claims one due row at a time with {@code FOR UPDATE SKIP LOCKED} and reserves it
 * for a lease, so two threads or instances never send the same row together, and no database transaction stays
 * open while an SMTP server answers. Each delivery is sent and recorded on its own: one recipient's refusal never
 * holds back another's. A recipient's emails about one reseller leave in event order: a delivery waits while an
 * earlier one to the same recipient is queued, being sent or retried (up to its last attempt). On shutdown the threads stop claiming and finish the email each is sending.
 */
@ApplicationScoped
public class DeliverySender {
    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    private static final Object WAKE_REGISTERED = new Object();
    /** A due delivery none of whose predecessors to the same recipient about the same reseller is unsettled. */
    private static final String DUE = """
            SELECT * FROM delivery due WHERE status IN ('QUEUED', 'FAILED') AND next_attempt_at <= :now
            AND NOT EXISTS (SELECT 1 FROM delivery earlier
                WHERE earlier.reseller_id = due.reseller_id AND earlier.recipient = due.recipient
                AND earlier.status IN ('QUEUED', 'FAILED') AND earlier.queue_position < due.queue_position)
            ORDER BY next_attempt_at, id""";

    private final DeliveryConfig config;
    private final DeliveryQueue deliveries;
    private final MailRelay relay;
    private final SenderSettingsService senders;
    private final DueRows dueRows;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Semaphore wakeUps = new Semaphore(0);
    private ExecutorService workers;
    /** The current start's flag: workers of an earlier start whose stop timed out never resume after a restart. */
    private volatile AtomicBoolean running = new AtomicBoolean();

    DeliverySender(
            DeliveryConfig config,
            DeliveryQueue deliveries,
            MailRelay relay,
            SenderSettingsService senders,
            DueRows dueRows,
            TransactionSynchronizationRegistry transactions,
            Clock clock) {
        if (config.claimLease().compareTo(config.sendTimeout().multipliedBy(MailRelay.VERDICT_WAIT_FACTOR)) <= 0) {
            // a lease running out mid-send would let another sender send the same email
            throw new IllegalStateException("notifications.claim-lease must exceed " + MailRelay.VERDICT_WAIT_FACTOR
                    + " times notifications.send-timeout");
        }
        this.config = config;
        this.deliveries = deliveries;
        this.relay = relay;
        this.senders = senders;
        this.dueRows = dueRows;
        this.transactions = transactions;
        this.clock = clock;
        this.backoff = new RetryBackoff(
                config.initialBackoff(),
                config.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    void onStart(@Observes StartupEvent started) {
        start();
    }

    void onStop(@Observes ShutdownEvent stopping) {
        stop(config.shutdownTimeout());
    }

    /** Starts the sender threads. */
    public synchronized void start() {
        AtomicBoolean started = new AtomicBoolean(true);
        running = started;
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(
                config.concurrency(), runnable -> new Thread(runnable, "delivery-sender-" + number.incrementAndGet()));
        for (int i = 0; i < config.concurrency(); i++) {
            workers.submit(() -> sendUntilStopped(started));
        }
    }

    /**
     * Stops claiming deliveries and waits, at most {@code timeout}, for the emails being sent to be recorded; true
     * when every sender thread has finished. A send still running after that keeps its claim, so no other sender
     * repeats it before its lease has run out.
     */
    public synchronized boolean stop(Duration timeout) {
        running.set(false);
        wakeUps.release(config.concurrency());
        workers.shutdown();
        try {
            return workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Wakes the sender once the caller's transaction has committed (never for a rolled-back one). */
    void wakeAfterCommit() {
        AfterCommit.run(transactions, WAKE_REGISTERED, this::wakeUp);
    }

    private void wakeUp() {
        if (wakeUps.availablePermits() < config.concurrency()) {
            wakeUps.release(config.concurrency());
        }
    }

    private void sendUntilStopped(AtomicBoolean running) {
        while (running.get()) {
            try {
                Optional<OutgoingEmail> claimed =
                        QuarkusTransaction.requiringNew().call(this::claimDue);
                if (claimed.isPresent()) {
                    send(claimed.get(), running);
                } else {
                    awaitWakeUp(running);
                }
            } catch (RuntimeException e) {
                LOG.warn("Delivery sender round failed; trying again at the next poll", e);
                awaitWakeUp(running);
            }
        }
    }

    private Optional<OutgoingEmail> claimDue() {
        Instant now = now();
        return dueRows.lock(new DueQuery<>(Delivery.class, DUE, Map.of("now", now)), 1).stream()
                .findFirst()
                .map(delivery -> {
                    delivery.claimUntil(now.plus(config.claimLease()));
                    return OutgoingEmail.of(
                            delivery, senders.senderOf(delivery.distributorId()).fromHeader());
                });
    }

    private void send(OutgoingEmail email, AtomicBoolean running) {
        if (!running.get()) {
            QuarkusTransaction.requiringNew()
                    .run(() -> deliveries.findById(email.deliveryId()).releaseClaim(now()));
            return;
        }
        Outcome outcome;
        try {
            relay.send(email, now());
            outcome = Outcome.ACCEPTED;
        } catch (MailRelay.SendFailedException e) {
            LOG.warnf("Sending delivery %s to %s failed: %s", email.deliveryId(), email.recipient(), e.getMessage());
            outcome = e.permanent()
                    ? Outcome.refused(e.getMessage())
                    : new Outcome(e.getMessage(), false, e.mayStillEnd());
        }
        Outcome recorded = outcome;
        QuarkusTransaction.requiringNew().run(() -> record(email.deliveryId(), recorded));
    }

    private void record(UUID deliveryId, Outcome outcome) {
        Delivery delivery = deliveries.findById(deliveryId);
        Instant now = now();
        if (outcome.reply() == null) {
            delivery.recordSent(now);
            deliveries.add(DeliveryAttempt.of(delivery, now, DeliveryAttempt.Outcome.SENT, null));
            return;
        }
        if (outcome.permanent()) {
            delivery.recordRefusal(outcome.reply(), now);
        } else {
            // an exchange that may still end is over long before a whole lease: retrying sooner could repeat it
            delivery.recordFailure(
                    outcome.reply(),
                    now,
                    outcome.mayStillEnd() ? config.claimLease() : backoff.after(delivery.attempts() + 1),
                    config.maxAttempts());
        }
        deliveries.add(DeliveryAttempt.of(delivery, now, DeliveryAttempt.Outcome.FAILED, outcome.reply()));
    }

    private void awaitWakeUp(AtomicBoolean running) {
        try {
            wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** What one attempt came to: accepted (no reply kept), refused for good, or failed for now. */
    private record Outcome(String reply, boolean permanent, boolean mayStillEnd) {
        static final Outcome ACCEPTED = new Outcome(null, false, false);

        static Outcome refused(String reply) {
            return new Outcome(reply, true, false);
        }
    }
}

package com.resellerplans.notification.delivery.domain;

import com.resellerplans.notification.sender.domain.SenderSettingsService;
import com.resellerplans.outbox.AfterCommit;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries over SMTP on a thread of its own, apart from Kafka consumption. A commit that queued
 * deliveries wakes it at once; a poll picks up retries and whatever a crash left behind. Due rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED} and reserved for a lease, so instances never send the same row together,
 * and no database transaction stays open while an SMTP server answers. Each delivery is sent and recorded on
 * its own: one recipient's refusal never holds back another's.
 */
@ApplicationScoped
public class DeliverySender {
    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    private static final Object WAKE_REGISTERED = new Object();
    private static final String CLAIM_DUE = """
            SELECT * FROM delivery WHERE status IN ('QUEUED', 'FAILED') AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""";

    private final DeliveryConfig config;
    private final ReactiveMailer mailer;
    private final SenderSettingsService senders;
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Semaphore wakeUps = new Semaphore(0);
    private ExecutorService worker;
    private volatile boolean running;

    DeliverySender(DeliveryConfig config, ReactiveMailer mailer, SenderSettingsService senders,
            EntityManager entityManager, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.config = config;
        this.mailer = mailer;
        this.senders = senders;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
        this.backoff = new RetryBackoff(config.initialBackoff(), config.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    void start(@Observes StartupEvent started) {
        running = true;
        worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "delivery-sender"));
        worker.submit(this::sendUntilStopped);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wakeUps.release();
        worker.shutdown();
        worker.awaitTermination(config.sendTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
    }

    /** Wakes the sender once the caller's transaction has committed (never for a rolled-back one). */
    void wakeAfterCommit() {
        AfterCommit.run(transactions, WAKE_REGISTERED, wakeUps::release);
    }

    private void sendUntilStopped() {
        while (running) {
            try {
                List<OutgoingEmail> claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
                claimed.forEach(this::send);
                if (claimed.size() < config.batchSize()) {
                    awaitWakeUp();
                }
            } catch (RuntimeException e) {
                LOG.warn("Delivery sender round failed; trying again at the next poll", e);
                awaitWakeUp();
            }
        }
    }

    private List<OutgoingEmail> claimDue() {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<Delivery> due = entityManager.createNativeQuery(CLAIM_DUE, Delivery.class)
                .setParameter("now", now)
                .setParameter("limit", config.batchSize())
                .getResultList();
        return due.stream().map(delivery -> {
            delivery.claimUntil(now.plus(config.claimLease()));
            return OutgoingEmail.of(delivery, senders.senderOf(delivery.distributorId()).fromHeader());
        }).toList();
    }

    private void send(OutgoingEmail email) {
        Mail mail = Mail.withHtml(email.recipient(), email.subject(), email.html())
                .setText(email.text())
                .setFrom(email.from())
                .addHeader("Message-ID", email.messageId())
                .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now().atOffset(ZoneOffset.UTC)));
        String failure = null;
        try {
            mailer.send(mail).await().atMost(config.sendTimeout());
        } catch (TimeoutException e) {
            // the SMTP client does not abandon the exchange: it may still complete, and the retry repeat the email
            failure = "No answer from the SMTP server within " + config.sendTimeout().toMillis()
                    + " ms; the email may still have been accepted";
            LOG.warnf("Sending delivery %s to %s timed out", email.deliveryId(), email.recipient());
        } catch (RuntimeException e) {
            failure = describe(e);
            LOG.warnf("Sending delivery %s to %s failed: %s", email.deliveryId(), email.recipient(), failure);
        }
        String outcome = failure;
        QuarkusTransaction.requiringNew().run(() -> record(email.deliveryId(), outcome));
    }

    private void record(UUID deliveryId, String failure) {
        Delivery delivery = Delivery.findById(deliveryId);
        Instant now = now();
        if (failure == null) {
            delivery.recordSent(now);
            DeliveryAttempt.of(delivery, now, DeliveryAttempt.Outcome.SENT, null).persist();
        } else {
            delivery.recordFailure(failure, now, backoff.after(delivery.attempts() + 1), config.maxAttempts());
            DeliveryAttempt.of(delivery, now, DeliveryAttempt.Outcome.FAILED, failure).persist();
        }
    }

    private void awaitWakeUp() {
        try {
            if (wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The SMTP server's reply when there was one (it names the 4xx/5xx code), else the failure's root cause. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /** What the SMTP send needs, read while the delivery is claimed. */
    record OutgoingEmail(UUID deliveryId, String from, String recipient, String subject, String html, String text,
            String messageId) {
        static OutgoingEmail of(Delivery delivery, String from) {
            return new OutgoingEmail(delivery.id(), from, delivery.recipient(), delivery.subject(),
                    delivery.htmlBody(), delivery.textBody(), delivery.messageId());
        }
    }
}

package com.resellerplans.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes what the messaging tables no longer need: outbox rows the broker acknowledged longer ago than
 * {@code outbox.sent-retention}, and inbox entries received longer ago than {@code inbox.retention}. It runs on one
 * instance of the deployment per period, batch after batch for as long as {@link Sweep} says, each batch a short
 * transaction of its own, and it waits for no one: it never touches an unsent row (the ones the relay claims under
 * its relay lock), takes neither the relay's nor a reseller's advisory lock, and skips any row another transaction
 * holds ({@code FOR UPDATE SKIP LOCKED}), so the relay and the consumers never wait for it either. The one wait it
 * can cause: a consumer recording an event whose old entry a batch is deleting waits for that batch to commit, then
 * records it anew (a copy older than the retention, which the handler's aggregate versions make harmless).
 */
@ApplicationScoped
public class MessagingPurge {
    private static final Logger LOG = Logger.getLogger(MessagingPurge.class);
    private static final String PURGE_SENT = """
            DELETE FROM outbox_message WHERE id IN (
                SELECT id FROM outbox_message WHERE sent_at < :before
                ORDER BY sent_at LIMIT :limit FOR UPDATE SKIP LOCKED)""";
    private static final String PURGE_RECEIVED = """
            DELETE FROM inbox_event WHERE (consumer, event_id) IN (
                SELECT consumer, event_id FROM inbox_event WHERE received_at < :before
                ORDER BY received_at LIMIT :limit FOR UPDATE SKIP LOCKED)""";

    private final EntityManager entityManager;
    private final JobTurns turns;
    private final Clock clock;
    private final Duration sentRetention;
    private final Duration inboxRetention;
    private final int batchSize;

    MessagingPurge(
            EntityManager entityManager,
            JobTurns turns,
            Clock clock,
            OutboxConfig outbox,
            InboxConfig inbox,
            MessagingPurgeConfig purge) {
        this.entityManager = entityManager;
        this.turns = turns;
        this.clock = clock;
        this.sentRetention = outbox.sentRetention();
        this.inboxRetention = inbox.retention();
        this.batchSize = purge.batchSize();
    }

    @Scheduled(
            identity = "messaging-purge",
            every = "${messaging-purge.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge(ScheduledExecution tick) {
        if (turns.takeTurn(tick)) {
            purgeAllDue(JobTurns.turnOf(tick));
        }
    }

    /**
     * Purges the sent outbox rows, then the inbox entries, past their retention now, within {@code budget} in all
     * (each table gets at least one batch). Call it outside a transaction, so that each batch commits on its own.
     */
    public Purged purgeAllDue(Duration budget) {
        Instant now = clock.instant();
        long started = System.nanoTime();
        int sent = Sweep.run(() -> purgeSentBefore(now.minus(sentRetention)), batchSize, budget);
        Duration left = budget.minusNanos(System.nanoTime() - started);
        int received = Sweep.run(
                () -> purgeReceivedBefore(now.minus(inboxRetention)),
                batchSize,
                left.isNegative() ? Duration.ZERO : left);
        Purged purged = new Purged(sent, received);
        if (sent + received > 0) {
            LOG.infof("Purged %d sent outbox rows and %d inbox entries past their retention", sent, received);
        }
        return purged;
    }

    /** Deletes up to a batch of outbox rows sent before {@code before}, in the caller's transaction or one of its own. */
    public int purgeSentBefore(Instant before) {
        return deleteBatch(PURGE_SENT, before);
    }

    /** Deletes up to a batch of inbox entries received before {@code before}, as {@link #purgeSentBefore} does. */
    public int purgeReceivedBefore(Instant before) {
        return deleteBatch(PURGE_RECEIVED, before);
    }

    private int deleteBatch(String delete, Instant before) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> entityManager
                        .createNativeQuery(delete)
                        .setParameter("before", before)
                        .setParameter("limit", batchSize)
                        .executeUpdate());
    }

    /** How many rows one run deleted from each table. */
    public record Purged(int sentOutboxRows, int inboxEntries) {}
}

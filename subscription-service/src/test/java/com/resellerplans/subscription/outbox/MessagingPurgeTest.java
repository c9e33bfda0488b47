package com.resellerplans.subscription.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.SubscriptionCancelled;
import com.resellerplans.events.Tier;
import com.resellerplans.localservers.HeldTransaction;
import com.resellerplans.outbox.InboxConfig;
import com.resellerplans.outbox.MessagingPurge;
import com.resellerplans.outbox.MessagingPurgeConfig;
import com.resellerplans.outbox.Outbox;
import com.resellerplans.outbox.OutboxConfig;
import com.resellerplans.outbox.OutboxRelay;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The retention purge deletes sent outbox rows and inbox entries past their retention, batch after batch, and
 * nothing else; it waits for neither the relay nor the consumers, and a batch of it in progress holds up neither.
 */
@QuarkusTest
class MessagingPurgeTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(45);
    /** Well within the 30 s a held transaction waits for its release. */
    private static final Duration WHILE_HELD = Duration.ofSeconds(20);

    private static final String INSERT_OUTBOX_ROWS = """
            INSERT INTO outbox_message (id, topic, message_key, event_type, source, subject, payload, occurred_at,
                                        sent_at)
            SELECT gen_random_uuid(), 'subscriptions', :key, 'retention-test.v1', '/test', :key, '{}', :occurredAt, %s
            FROM generate_series(1, :rows)""";
    private static final String INSERT_INBOX_ENTRIES = """
            INSERT INTO inbox_event (consumer, event_id, event_type, received_at)
            SELECT :consumer, gen_random_uuid()::text, 'retention-test.v1', :receivedAt FROM generate_series(1, :rows)""";

    @Inject
    MessagingPurge purge;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @Inject
    OutboxConfig outboxConfig;

    @Inject
    InboxConfig inboxConfig;

    @Inject
    MessagingPurgeConfig purgeConfig;

    @Test
    void rowsPastTheirRetentionGoBatchAfterBatchAndRecentOrUnsentRowsStay() throws Exception {
        String key = "retention-" + UUID.randomUUID();
        int old = purgeConfig.batchSize() * 5 / 2;
        Instant now = clock.instant();
        Instant sentLongAgo = now.minus(outboxConfig.sentRetention()).minus(Duration.ofHours(1));
        Instant sentRecently = now.minus(outboxConfig.sentRetention()).plus(Duration.ofHours(1));
        Instant receivedLongAgo = now.minus(inboxConfig.retention()).minus(Duration.ofHours(1));
        // older than the outbox's retention, within the inbox's own
        Instant receivedRecently = now.minus(inboxConfig.retention()).plus(Duration.ofHours(1));
        insertOutboxRows(key, old, sentLongAgo, sentLongAgo);
        insertOutboxRows(key, 3, sentRecently, sentRecently);
        insertInboxEntries(key, old, receivedLongAgo);
        insertInboxEntries(key, 3, receivedRecently);
        long rowsBefore = awaitTheGaugeCountsEveryInboxEntry();

        try (HeldTransaction relay = holdTheRelayTurn()) {
            insertOutboxRows(key, 2, now.minus(Duration.ofDays(60)), null);
            // a relay holds its turn and the rows it would send: the purge neither waits for it nor touches them
            MessagingPurge.Purged purged = CompletableFuture.supplyAsync(() -> purge.purgeAllDue(Duration.ofMinutes(1)))
                    .get(20, TimeUnit.SECONDS);

            assertThat(purged.sentOutboxRows()).isGreaterThanOrEqualTo(old);
            assertThat(purged.inboxEntries()).isGreaterThanOrEqualTo(old);
            assertThat(count(
                            "SELECT count(*) FROM outbox_message WHERE message_key = :key AND sent_at < :at", key, now))
                    .as("sent rows of either age")
                    .isEqualTo(3);
            assertThat(count("SELECT count(*) FROM outbox_message WHERE message_key = :key AND sent_at IS NULL", key))
                    .as("unsent rows, however old")
                    .isEqualTo(2);
            assertThat(count("SELECT count(*) FROM inbox_event WHERE consumer = :key", key))
                    .isEqualTo(3);
            deleteRows("DELETE FROM outbox_message WHERE message_key = :key AND sent_at IS NULL", key);
        }
        assertThat(awaitTheGaugeCountsEveryInboxEntry()).isLessThanOrEqualTo(rowsBefore - old);
        assertThat(tableBytes("inbox_event")).isPositive();
        assertThat(tableBytes("outbox_message")).isPositive();
        deleteRows("DELETE FROM inbox_event WHERE consumer = :key", key);
    }

    @Test
    void aPurgeBatchInProgressHoldsUpNeitherTheRelayNorTheConsumers() throws Exception {
        String key = "retention-" + UUID.randomUUID();
        Instant now = clock.instant();
        Instant sentBefore = now.minus(outboxConfig.sentRetention());
        Instant receivedBefore = now.minus(inboxConfig.retention());
        insertOutboxRows(key, 10, sentBefore.minusSeconds(60), sentBefore.minusSeconds(60));
        insertInboxEntries(key, 10, receivedBefore.minusSeconds(60));
        ResellerSnapshot reseller =
                EventRecords.reseller("disti-" + UUID.randomUUID().toString().substring(0, 8));
        String eventId = UUID.randomUUID().toString();

        try (TopicReader published = new TopicReader(Contracts.SUBSCRIPTION_CANCELLED.topic());
                HeldTransaction purging = HeldTransaction.open("subscriptions", entityManager, () -> {
                    purge.purgeSentBefore(sentBefore);
                    purge.purgeReceivedBefore(receivedBefore);
                })) {
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(Contracts.SUBSCRIPTION_CANCELLED, reseller.id(), cancelled(reseller)));
            EventRecords.produce(
                    Contracts.ORDER_EXECUTED, eventId, reseller.id(), EventRecords.newOrder(reseller, Plan.FREE));

            await().atMost(WHILE_HELD)
                    .until(() -> published
                                            .records(reseller.id(), Contracts.SUBSCRIPTION_CANCELLED.type())
                                            .size()
                                    == 1
                            && count("SELECT count(*) FROM inbox_event WHERE event_id = :key", eventId) == 1);
            assertThat(purging.someoneWaits()).isFalse();
            // a second purge (another instance's next turn, say) skips the rows this batch holds, never waits for them
            CompletableFuture.runAsync(() -> purge.purgeAllDue(Duration.ofSeconds(5)))
                    .get(10, TimeUnit.SECONDS);

            purging.commit();
        }
        assertThat(count("SELECT count(*) FROM outbox_message WHERE message_key = :key", key))
                .isZero();
        assertThat(count("SELECT count(*) FROM inbox_event WHERE consumer = :key", key))
                .isZero();
    }

    /** What another instance's relay holds while it sends a batch. */
    private HeldTransaction holdTheRelayTurn() {
        return HeldTransaction.open(
                "subscriptions",
                entityManager,
                () -> entityManager
                        .createNativeQuery("SELECT pg_advisory_xact_lock(:lock)")
                        .setParameter("lock", OutboxRelay.RELAY_LOCK)
                        .getSingleResult());
    }

    /** Rows as the relay leaves them: sent at {@code sentAt}, or never sent when it is null. */
    private void insertOutboxRows(String key, int rows, Instant occurredAt, Instant sentAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            var insert = entityManager
                    .createNativeQuery(INSERT_OUTBOX_ROWS.formatted(sentAt == null ? "NULL" : ":sentAt"))
                    .setParameter("key", key)
                    .setParameter("occurredAt", occurredAt)
                    .setParameter("rows", rows);
            if (sentAt != null) {
                insert.setParameter("sentAt", sentAt);
            }
            insert.executeUpdate();
        });
    }

    private void insertInboxEntries(String consumer, int rows, Instant receivedAt) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(INSERT_INBOX_ENTRIES)
                        .setParameter("consumer", consumer)
                        .setParameter("receivedAt", receivedAt)
                        .setParameter("rows", rows)
                        .executeUpdate());
    }

    private long count(String sql, String key) {
        return count(sql, Map.of("key", key));
    }

    private long count(String sql, String key, Instant at) {
        return count(sql, Map.of("key", key, "at", at));
    }

    private long count(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private void deleteRows(String sql, String key) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(sql)
                        .setParameter("key", key)
                        .executeUpdate());
    }

    /**
     * The inbox's entries once the gauge, an estimate PostgreSQL's statistics refresh about once a second, has caught
     * up with them.
     */
    private long awaitTheGaugeCountsEveryInboxEntry() {
        return await().atMost(EVENTUALLY)
                .until(
                        () -> count("SELECT count(*) FROM inbox_event", Map.of()),
                        rows -> estimatedRows("inbox_event") == rows);
    }

    private double estimatedRows(String table) {
        return meters.get("messaging.table.estimated")
                .tag("table", table)
                .gauge()
                .value();
    }

    private double tableBytes(String table) {
        return meters.get("messaging.table.size").tag("table", table).gauge().value();
    }

    private static SubscriptionCancelled cancelled(ResellerSnapshot reseller) {
        return new SubscriptionCancelled(
                UUID.randomUUID().toString(),
                1,
                1,
                reseller,
                Plan.FREE,
                Tier.BASIC,
                Instant.now(),
                Actor.SCHEDULER,
                Channel.BSS);
    }
}

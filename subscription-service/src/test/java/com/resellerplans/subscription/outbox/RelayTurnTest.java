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
import com.resellerplans.outbox.Outbox;
import com.resellerplans.outbox.OutboxRelay;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay takes the database's relay lock for each batch, as every instance's relay does: while another
 * instance holds its turn (a relay that is sending, or paused mid-batch) this one sends nothing, and once that
 * turn ends it sends what waited in the order it was written.
 */
@QuarkusTest
class RelayTurnTest {
    private static final Duration SEVERAL_POLLS = Duration.ofSeconds(3);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void whileAnotherInstanceHoldsTheRelayTurnNothingIsSentThenEverythingInWrittenOrder() throws Exception {
        ResellerSnapshot reseller =
                EventRecords.reseller("disti-" + UUID.randomUUID().toString().substring(0, 8));
        String subscriptionId = UUID.randomUUID().toString();
        List<Long> versions = LongStream.rangeClosed(1, 12).boxed().toList();
        try (TopicReader reader = new TopicReader(Contracts.SUBSCRIPTION_CANCELLED.topic());
                HeldTransaction otherRelay = HeldTransaction.open(
                        "subscriptions",
                        entityManager,
                        () -> entityManager
                                .createNativeQuery("SELECT pg_advisory_xact_lock(:lock)")
                                .setParameter("lock", OutboxRelay.RELAY_LOCK)
                                .getSingleResult())) {
            versions.forEach(version -> QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(
                            Contracts.SUBSCRIPTION_CANCELLED,
                            reseller.id(),
                            cancelled(subscriptionId, version, reseller))));

            await().during(SEVERAL_POLLS)
                    .atMost(SEVERAL_POLLS.plusSeconds(5))
                    .until(() -> reader.records(reseller.id()).isEmpty());
            assertThat(unsentRowsOf(reseller)).isEqualTo(versions.size());

            otherRelay.commit();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> reader.records(reseller.id()).size() >= versions.size());
            assertThat(reader.records(reseller.id()).stream()
                            .map(RelayTurnTest::versionOf)
                            .toList())
                    .isEqualTo(versions);
        }
        assertThat(unsentRowsOf(reseller)).isZero();
    }

    private long unsentRowsOf(ResellerSnapshot reseller) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM outbox_message WHERE message_key = :key AND sent_at IS NULL")
                                .setParameter("key", reseller.id())
                                .getSingleResult())
                        .longValue());
    }

    private static SubscriptionCancelled cancelled(String subscriptionId, long version, ResellerSnapshot reseller) {
        return new SubscriptionCancelled(
                subscriptionId,
                version,
                1,
                reseller,
                Plan.FREE,
                Tier.BASIC,
                Instant.now(),
                Actor.SCHEDULER,
                Channel.BSS);
    }

    private static long versionOf(ConsumerRecord<String, String> record) {
        try {
            return EventRecords.JSON
                    .readTree(record.value())
                    .get("subscriptionVersion")
                    .asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

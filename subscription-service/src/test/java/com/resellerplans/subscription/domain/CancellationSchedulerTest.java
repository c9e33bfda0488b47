package com.resellerplans.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.OrderExecuted;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.Tier;
import com.resellerplans.localservers.MovableClock;
import com.resellerplans.subscription.reseller.domain.Resellers;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cancellation scheduler against the real database, with time moved by the test clock: it catches up on
 * what fell due while it was down, two sweeps at once apply each cancellation once, and a sweep that fails
 * half-way leaves everything to the next one.
 */
@QuarkusTest
class CancellationSchedulerTest {
    private static final Duration PAST_THE_TERM = Duration.ofDays(40);

    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    SubscriptionLifecycle lifecycle;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Resellers resellers;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aCancellationThatFellDueWhileTheServiceWasDownIsAppliedOnTheNextSweep() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        UUID id = pendingCancellation(reseller);
        Subscription pending = find(id);
        assertThat(pending.effectiveCancellationAt()).isAfter(clock.instant().plus(Duration.ofDays(27)));

        lifecycle.cancelDue();
        assertThat(find(id).status()).isEqualTo(SubscriptionStatus.PENDING_CANCELLATION);

        clock.advance(PAST_THE_TERM);
        sweepUntilNothingIsDue();

        Subscription cancelled = find(id);
        assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(pending.effectiveCancellationAt());
        assertThat(history(id)).hasSize(3);
        assertThat(tierOf(reseller)).isEqualTo(Tier.BASIC);
        assertPublishedOnce(List.of(reseller));
    }

    @Test
    void twoSweepsRunningAtOnceApplyEachDueCancellationExactlyOnce() throws Exception {
        List<ResellerSnapshot> resellers = IntStream.range(0, 12)
                .mapToObj(i -> EventRecords.reseller(distributor))
                .toList();
        List<UUID> ids = resellers.stream().map(this::pendingCancellation).toList();
        clock.advance(PAST_THE_TERM);

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            int applied = 0;
            for (int batch = lifecycle.cancelDue(); batch > 0; batch = lifecycle.cancelDue()) {
                applied += batch;
            }
            return applied;
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = instances.submit(instance);
            Future<Integer> second = instances.submit(instance);
            start.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS))
                    .isGreaterThanOrEqualTo(ids.size());
        } finally {
            instances.shutdownNow();
        }

        for (UUID id : ids) {
            assertThat(find(id).status()).isEqualTo(SubscriptionStatus.CANCELLED);
            assertThat(history(id))
                    .hasSize(3)
                    .filteredOn(row -> row.toStatus() == SubscriptionStatus.CANCELLED)
                    .hasSize(1);
        }
        assertPublishedOnce(resellers);
    }

    @Test
    void aSweepThatFailsHalfWayLeavesEveryRowToTheNextSweepAndAppliesNoneTwice() {
        List<ResellerSnapshot> resellers = IntStream.range(0, 3)
                .mapToObj(i -> EventRecords.reseller(distributor))
                .toList();
        List<UUID> ids = resellers.stream().map(this::pendingCancellation).toList();
        clock.advance(PAST_THE_TERM);
        UUID poisoned = ids.get(1);
        failUpdatesOf(poisoned);
        try {
            assertThatThrownBy(lifecycle::cancelDue).isNotNull();
            for (UUID id : ids) {
                assertThat(find(id).status()).isEqualTo(SubscriptionStatus.PENDING_CANCELLATION);
                assertThat(history(id)).hasSize(2);
            }
            assertThat(outboxRows(resellers)).isZero();
        } finally {
            healUpdates();
        }

        sweepUntilNothingIsDue();

        for (UUID id : ids) {
            assertThat(find(id).status()).isEqualTo(SubscriptionStatus.CANCELLED);
            assertThat(history(id)).hasSize(3);
        }
        assertPublishedOnce(resellers);
    }

    private UUID pendingCancellation(ResellerSnapshot reseller) {
        OrderExecuted order = EventRecords.newOrder(reseller, Plan.STANDARD);
        lifecycle.applyExecutedOrder(order);
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> subscriptions
                        .liveOf(resellers.findById(UUID.fromString(reseller.id())))
                        .orElseThrow()
                        .id());
        lifecycle.requestCancellation(
                Viewer.operator(distributor),
                id.toString(),
                Optional.of(CancellationPolicy.END_OF_TERM),
                new Actor("operator@" + distributor, "bss-operator"),
                Channel.BSS);
        return id;
    }

    private void sweepUntilNothingIsDue() {
        while (lifecycle.cancelDue() > 0) {
            // batch after batch, as a tick of the sweep does
        }
    }

    private Subscription find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscription subscription = subscriptions.findById(id);
            entityManager.detach(subscription);
            return subscription;
        });
    }

    private List<SubscriptionHistory> history(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> List.copyOf(subscriptions.findById(id).history()));
    }

    private Tier tierOf(ResellerSnapshot reseller) {
        return QuarkusTransaction.requiringNew()
                .call(() -> resellers.findById(UUID.fromString(reseller.id())).tier());
    }

    private long outboxRows(List<ResellerSnapshot> resellers) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM outbox_message WHERE event_type = :type AND message_key IN (:keys)")
                                .setParameter("type", Contracts.SUBSCRIPTION_CANCELLED.type())
                                .setParameter(
                                        "keys",
                                        resellers.stream()
                                                .map(ResellerSnapshot::id)
                                                .toList())
                                .getSingleResult())
                        .longValue());
    }

    /** A fault in the database that makes the sweep fail on one row of its batch, as a crash half-way would. */
    private void failUpdatesOf(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    CREATE OR REPLACE FUNCTION test_fail_subscription_update() RETURNS trigger AS $$
                    BEGIN RAISE EXCEPTION 'sweep interrupted by the test'; END $$ LANGUAGE plpgsql""").executeUpdate();
            entityManager
                    .createNativeQuery("CREATE TRIGGER test_fail_subscription_update BEFORE UPDATE ON "
                            + "subscription FOR EACH ROW WHEN (OLD.id = '" + id + "') "
                            + "EXECUTE FUNCTION test_fail_subscription_update()")
                    .executeUpdate();
        });
    }

    private void healUpdates() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("DROP TRIGGER IF EXISTS test_fail_subscription_update ON subscription")
                        .executeUpdate());
    }

    private static void assertPublishedOnce(List<ResellerSnapshot> resellers) {
        try (TopicReader published = new TopicReader(Contracts.SUBSCRIPTION_CANCELLED.topic())) {
            await().atMost(Duration.ofSeconds(45))
                    .until(() -> resellers.stream()
                            .allMatch(reseller -> published
                                            .records(reseller.id(), Contracts.SUBSCRIPTION_CANCELLED.type())
                                            .size()
                                    == 1));
            // a second copy would have been written in the same outbox pass; one more poll shows none came
            for (ResellerSnapshot reseller : resellers) {
                assertThat(published.records(reseller.id(), Contracts.SUBSCRIPTION_CANCELLED.type()))
                        .hasSize(1);
            }
        }
    }
}

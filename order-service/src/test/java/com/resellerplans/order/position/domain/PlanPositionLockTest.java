package com.resellerplans.order.position.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.events.Tier;
import com.resellerplans.order.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two plan changes of one reseller, in two threads against the real database: only one may pass. */
@QuarkusTest
class PlanPositionLockTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @Inject
    PlanPositions positions;

    @Inject
    EntityManager entityManager;

    @Inject
    TestData data;

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoFirstOrdersOfANewResellerCannotBothPass() throws Exception {
        assertOnlyOnePasses(Plan.STANDARD, "first", Plan.FREE, "second");

        assertThat(data.position(distributor, reseller).orElseThrow().tier()).isEqualTo(Tier.STANDARD);
    }

    @Test
    void twoUpgradesCannotBothPass() throws Exception {
        data.position(distributor, reseller, Tier.FREE, "sub-1", false);

        assertOnlyOnePasses(Plan.STANDARD, null, Plan.STANDARD, null);

        PlanPosition position = data.position(distributor, reseller).orElseThrow();
        assertThat(position.tier()).isEqualTo(Tier.STANDARD);
        assertThat(position.version()).isEqualTo(1);
    }

    /** The first holds the lock until the second is seen waiting for it, then commits its change. */
    private void assertOnlyOnePasses(Plan firstPlan, String firstAlias, Plan secondPlan, String secondAlias)
            throws Exception {
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        Future<PlanChange> first = threads.submit(() -> change(firstPlan, firstAlias, () -> {
            firstLocked.countDown();
            awaitLatch(firstMayCommit);
        }));
        awaitLatch(firstLocked);
        Future<PlanChange> second = threads.submit(() -> change(secondPlan, secondAlias, () -> {}));

        await().atMost(Duration.ofSeconds(10)).until(() -> backendsWaitingOnALock() > 0);
        firstMayCommit.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).isAllowed()).isTrue();
        PlanChange secondChange = second.get(10, TimeUnit.SECONDS);
        assertThat(secondChange.isAllowed()).isFalse();
        assertThat(secondChange.refusal())
                .isIn(PlanChangeRefusal.PLAN_ALREADY_ACTIVE, PlanChangeRefusal.PLAN_DOWNGRADE_NOT_ALLOWED);
    }

    /** What checkout and BSS execution do: lock, judge, and apply the change if it passes. */
    private PlanChange change(Plan plan, String alias, Runnable whileLocked) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PlanPosition position = positions.lockFor(distributor, reseller);
            PlanChange change = position.planChangeFor(plan, alias);
            whileLocked.run();
            if (change.isAllowed()) {
                assertThat(change.kind()).isIn(OrderKind.NEW, OrderKind.UPGRADE);
                position.orderExecuted(plan);
            }
            return change;
        });
    }

    private long backendsWaitingOnALock() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                                + " AND datname = current_database()")
                                .getSingleResult())
                        .longValue());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

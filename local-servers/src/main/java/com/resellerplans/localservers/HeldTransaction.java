package com.resellerplans.localservers;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A transaction that another thread of a Quarkus test keeps open once its changes are written (holding its
 * locks), so the test decides when it commits: a command that read those rows before and writes them now waits
 * on it, then finds them changed under it. That makes a race between two transactions happen every time.
 */
public final class HeldTransaction implements AutoCloseable {
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String BLOCKED_BY =
            "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))";

    private final CountDownLatch written = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> committed;
    private final String database;
    private volatile int backendPid;

    private HeldTransaction(String database, EntityManager entityManager, Runnable changes) {
        this.database = database;
        this.committed = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    changes.run();
                    entityManager.flush();
                    backendPid = ((Number) entityManager
                                    .createNativeQuery("SELECT pg_backend_pid()")
                                    .getSingleResult())
                            .intValue();
                    written.countDown();
                    awaitRelease();
                }));
    }

    /** Runs the changes in a new transaction on another thread and returns once they are written, uncommitted. */
    public static HeldTransaction open(String database, EntityManager entityManager, Runnable changes) {
        HeldTransaction held = new HeldTransaction(database, entityManager, changes);
        await().atMost(EVENTUALLY).until(() -> held.written.getCount() == 0 || held.committed.isDone());
        held.committed.getNow(null); // rethrows if the changes failed
        return held;
    }

    /** Waits until another session's statement waits for this transaction's locks. */
    public void awaitSomeoneWaiting() {
        await().atMost(EVENTUALLY).until(this::someoneWaits);
    }

    /** Whether another session's statement waits for this transaction's locks now. */
    public boolean someoneWaits() throws SQLException {
        return sessionsWaitingOnIt() > 0;
    }

    /** Lets the transaction commit and waits for it. */
    public void commit() {
        release.countDown();
        committed.join();
    }

    @Override
    public void close() {
        release.countDown();
    }

    private int sessionsWaitingOnIt() throws SQLException {
        try (Connection connection = TestServers.postgres().connect(database);
                PreparedStatement statement = connection.prepareStatement(BLOCKED_BY)) {
            statement.setInt(1, backendPid);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void awaitRelease() {
        try {
            if (!release.await(EVENTUALLY.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never released the held transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

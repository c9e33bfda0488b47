package com.resellerplans.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs a periodic job once per period for the whole deployment instead of once on every instance: each instance's
 * scheduler ticks as usual, and a tick runs the job only if it takes the period's turn in {@code job_turn}, which
 * one instance at a time can. The turn is measured on the database's clock, so the instances' clocks need not
 * agree. A turn is free again after 90 % of the period: instances tick at different moments within a period, and
 * a turn held for exactly the period could let the next instance's tick miss it by a hair and wait a whole period.
 */
@ApplicationScoped
public class JobTurns {
    private static final String TAKE_TURN = """
            INSERT INTO job_turn (job, taken_at, taken_by) VALUES (:job, now(), :instance)
            ON CONFLICT (job) DO UPDATE SET taken_at = now(), taken_by = EXCLUDED.taken_by
            WHERE job_turn.taken_at <= now() - make_interval(secs => :freeAfterSeconds)""";
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final EntityManager entityManager;

    JobTurns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether this tick of a scheduled job is the deployment's run for its period (committed at once). */
    public boolean takeTurn(ScheduledExecution tick) {
        return takeTurn(tick.getTrigger().getId(), periodOf(tick));
    }

    /** Whether {@code job} may run now: no instance ran it within the last 90 % of {@code period}. */
    public boolean takeTurn(String job, Duration period) {
        double freeAfterSeconds = turnOf(period).toNanos() / 1e9;
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                                .createNativeQuery(TAKE_TURN)
                                .setParameter("job", job)
                                .setParameter("instance", INSTANCE)
                                .setParameter("freeAfterSeconds", freeAfterSeconds)
                                .executeUpdate()
                        == 1);
    }

    /** How long the turn this tick took lasts: 90 % of the job's period. */
    public static Duration turnOf(ScheduledExecution tick) {
        return turnOf(periodOf(tick));
    }

    private static Duration turnOf(Duration period) {
        return period.multipliedBy(9).dividedBy(10);
    }

    private static Duration periodOf(ScheduledExecution tick) {
        Instant next = tick.getTrigger().getNextFireTime();
        return next == null ? Duration.ZERO : Duration.between(tick.getFireTime(), next);
    }
}

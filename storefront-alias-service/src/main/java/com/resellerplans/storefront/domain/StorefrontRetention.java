package com.resellerplans.storefront.domain;

import com.resellerplans.outbox.DueQuery;
import com.resellerplans.outbox.DueRows;
import com.resellerplans.outbox.JobTurns;
import com.resellerplans.outbox.Sweep;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Ends retention: a suspended storefront whose retention is over is purged and its alias freed, on one instance of
 * the deployment per period, batch after batch for as long as {@link Sweep} says.
 */
@ApplicationScoped
public class StorefrontRetention {
    private static final int BATCH = 100;
    private static final String DUE = """
            SELECT * FROM storefront WHERE status = 'SUSPENDED' AND retained_until <= :at ORDER BY retained_until, id""";

    private final DueRows dueRows;
    private final StorefrontLifecycle lifecycle;
    private final Clock clock;
    private final JobTurns turns;

    StorefrontRetention(DueRows dueRows, StorefrontLifecycle lifecycle, Clock clock, JobTurns turns) {
        this.dueRows = dueRows;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.turns = turns;
    }

    @Scheduled(
            identity = "storefront-purge",
            every = "${storefronts.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeDue(ScheduledExecution tick) {
        if (turns.takeTurn(tick)) {
            Instant at = clock.instant();
            Sweep.run(() -> purgeDueAt(at), BATCH, JobTurns.turnOf(tick));
        }
    }

    /**
     * Purges one batch of the storefronts due at {@code at}.
     *
     * @return how many were purged
     */
    public int purgeDueAt(Instant at) {
        DueQuery<Storefront> retained = new DueQuery<>(Storefront.class, DUE, Map.of("at", at));
        return dueRows.claim(retained, BATCH, due -> due.forEach(storefront -> lifecycle.purge(storefront, at)));
    }
}

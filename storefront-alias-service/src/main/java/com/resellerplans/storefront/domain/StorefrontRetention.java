package com.resellerplans.storefront.domain;

import com.resellerplans.outbox.JobTurns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Ends retention: a suspended storefront whose retention is over is purged and its alias freed, on one instance of
 * the deployment per period.
 */
@ApplicationScoped
public class StorefrontRetention {
    private static final int BATCH = 100;

    private final Storefronts storefronts;
    private final StorefrontLifecycle lifecycle;
    private final Clock clock;
    private final JobTurns turns;

    StorefrontRetention(Storefronts storefronts, StorefrontLifecycle lifecycle, Clock clock, JobTurns turns) {
        this.storefronts = storefronts;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.turns = turns;
    }

    @Scheduled(identity = "storefront-purge", every = "${storefronts.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeDue(ScheduledExecution tick) {
        if (!turns.takeTurn(tick)) {
            return;
        }
        while (purgeDueAt(clock.instant()) == BATCH) {
            // a full batch: more may be due
        }
    }

    /**
     * Purges one batch of the storefronts due at {@code at}.
     *
     * @return how many were purged
     */
    @Transactional
    public int purgeDueAt(Instant at) {
        List<Storefront> due = storefronts.lockedDueForPurge(at, BATCH);
        due.forEach(storefront -> lifecycle.purge(storefront, at));
        return due.size();
    }
}

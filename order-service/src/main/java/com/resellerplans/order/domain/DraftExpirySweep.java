package com.resellerplans.order.domain;

import com.resellerplans.outbox.JobTurns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes regularly, on one instance of the deployment per period, to mark drafts past their age EXPIRED, batch after
 * batch until none is left.
 */
@ApplicationScoped
public class DraftExpirySweep {
    private final DraftLifetime lifetime;
    private final JobTurns turns;

    DraftExpirySweep(DraftLifetime lifetime, JobTurns turns) {
        this.lifetime = lifetime;
        this.turns = turns;
    }

    @Scheduled(identity = "draft-expiry-sweep", every = "${orders.draft-expiry-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep(ScheduledExecution tick) {
        if (!turns.takeTurn(tick)) {
            return;
        }
        while (lifetime.expireDue() > 0) {
            // the next batch: a draft is claimed only while it is still a draft, so this ends
        }
    }
}

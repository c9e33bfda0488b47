package com.resellerplans.order.domain;

import com.resellerplans.outbox.JobTurns;
import com.resellerplans.outbox.Sweep;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes regularly, on one instance of the deployment per period, to mark drafts past their age EXPIRED, batch after
 * batch for as long as {@link Sweep} says.
 */
@ApplicationScoped
public class DraftExpirySweep {
    private final DraftLifetime lifetime;
    private final JobTurns turns;

    DraftExpirySweep(DraftLifetime lifetime, JobTurns turns) {
        this.lifetime = lifetime;
        this.turns = turns;
    }

    @Scheduled(
            identity = "draft-expiry-sweep",
            every = "${orders.draft-expiry-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep(ScheduledExecution tick) {
        if (turns.takeTurn(tick)) {
            lifetime.expireAllDue(JobTurns.turnOf(tick));
        }
    }
}

package com.resellerplans.subscription.domain;

import com.resellerplans.outbox.JobTurns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes the lifecycle regularly, on one instance of the deployment per period, so pending cancellations take effect
 * once their time has come: batch after batch for as long as {@link com.resellerplans.outbox.Sweep} says.
 */
@ApplicationScoped
public class CancellationSweep {
    private final SubscriptionLifecycle lifecycle;
    private final JobTurns turns;

    CancellationSweep(SubscriptionLifecycle lifecycle, JobTurns turns) {
        this.lifecycle = lifecycle;
        this.turns = turns;
    }

    @Scheduled(
            identity = "cancellation-sweep",
            every = "${subscriptions.cancellation-sweep-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep(ScheduledExecution tick) {
        if (turns.takeTurn(tick)) {
            lifecycle.cancelAllDue(JobTurns.turnOf(tick));
        }
    }
}

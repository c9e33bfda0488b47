package com.resellerplans.subscription.subscription.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Wakes the lifecycle regularly so pending cancellations take effect once their time has come. */
@ApplicationScoped
public class CancellationSweep {
    private final SubscriptionLifecycle lifecycle;

    CancellationSweep(SubscriptionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(every = "${subscriptions.cancellation-sweep-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        lifecycle.cancelDue();
    }
}

package com.resellerplans.order.order.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Wakes regularly to mark drafts past their age EXPIRED, batch after batch until none is left. */
@ApplicationScoped
public class DraftExpirySweep {
    private final DraftLifetime lifetime;

    DraftExpirySweep(DraftLifetime lifetime) {
        this.lifetime = lifetime;
    }

    @Scheduled(every = "${orders.draft-expiry-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        while (lifetime.expireDue() > 0) {
            // the next batch: a draft is claimed only while it is still a draft, so this ends
        }
    }
}

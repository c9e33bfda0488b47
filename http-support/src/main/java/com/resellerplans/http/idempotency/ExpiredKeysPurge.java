package com.resellerplans.http.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes Idempotency-Key answers once their retention has passed; any instance may run it. */
@ApplicationScoped
class ExpiredKeysPurge {
    private static final Logger LOG = Logger.getLogger(ExpiredKeysPurge.class);

    private final IdempotencyRecords records;
    private final IdempotencyConfig config;

    ExpiredKeysPurge(IdempotencyRecords records, IdempotencyConfig config) {
        this.records = records;
        this.config = config;
    }

    @Scheduled(
            identity = "idempotency-key-purge",
            every = "${idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        int purged = records.purgeOlderThan(config.retention());
        if (purged > 0) {
            LOG.debugf("Purged %d expired idempotency keys", purged);
        }
    }
}

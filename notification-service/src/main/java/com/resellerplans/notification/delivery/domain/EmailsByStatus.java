package com.resellerplans.notification.delivery.domain;

import com.resellerplans.outbox.DatabaseGauges;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * The {@code emails{status}} gauges read from the delivery table: queued, sent, failed (awaiting a retry) and
 * dead. Reading the table rather than counting in the sender keeps the numbers right across restarts and
 * replicas, and leaves the sender untouched.
 */
@Startup
@ApplicationScoped
class EmailsByStatus {
    EmailsByStatus(DatabaseGauges gauges) {
        gauges.countByState(
                "emails",
                "Email deliveries by status",
                "status",
                "SELECT status, count(*) FROM delivery GROUP BY status",
                Arrays.stream(DeliveryStatus.values()).map(Enum::name).toList());
    }
}

package com.resellerplans.subscription.domain;

import com.resellerplans.outbox.DatabaseGauges;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/** The {@code subscriptions{status}} gauges: how many subscriptions, of every distributor, stand in each status. */
@Startup
@ApplicationScoped
class SubscriptionsByStatus {
    SubscriptionsByStatus(DatabaseGauges gauges) {
        gauges.countByState(
                "subscriptions",
                "Subscriptions by status",
                "status",
                "SELECT status, count(*) FROM subscription GROUP BY status",
                Arrays.stream(SubscriptionStatus.values()).map(Enum::name).toList());
    }
}

package com.resellerplans.notification.delivery.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How queued emails are sent and retried. */
@ConfigMapping(prefix = "notifications")
public interface DeliveryConfig {
    /** Attempts after which a delivery is DEAD and no longer retried. */
    @WithDefault("8")
    int maxAttempts();

    /** Deliveries claimed per round of the sender. */
    @WithDefault("10")
    int batchSize();

    /** Safety-net poll for due deliveries; a commit that queues one wakes the sender at once. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Pause before the first retry; doubles with each further failure, with jitter. */
    @WithDefault("30s")
    Duration initialBackoff();

    /** Longest pause between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** How long a claimed delivery is reserved for the sender that claimed it before another may retry it. */
    @WithDefault("2m")
    Duration claimLease();

    /** How long one SMTP send may take before it counts as failed. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Domain part of the Message-IDs the service generates. */
    @WithDefault("notifications.reseller-plans.local")
    String messageIdDomain();
}

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

    /** Emails sent at the same time, each by its own sender thread over its own pooled SMTP connection. */
    @WithDefault("4")
    int concurrency();

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

    /**
     * How long the SMTP server may stay silent during a send (and how long connecting may take) before the
     * connection is closed and the attempt counts as failed.
     */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long an unused pooled SMTP connection stays open (below SMTP servers' own idle timeouts). */
    @WithDefault("30s")
    Duration keepAliveTimeout();

    /** On shutdown, how long the sender waits for the emails it is sending before the service stops anyway. */
    @WithDefault("10s")
    Duration shutdownTimeout();

    /** Domain part of the Message-IDs the service generates. */
    @WithDefault("notifications.reseller-plans.local")
    String messageIdDomain();
}

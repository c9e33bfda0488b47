package com.resellerplans.subscription.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Deployment-wide subscription settings. */
@ConfigMapping(prefix = "subscriptions")
public interface SubscriptionConfig {
    /** The cancellation policy of distributors that have not chosen their own. */
    @WithDefault("END_OF_TERM")
    CancellationPolicy defaultCancellationPolicy();

    /** How often the scheduler looks for pending cancellations that are due (read by {@code @Scheduled}). */
    @WithDefault("30s")
    String cancellationSweepEvery();

    /**
     * When set, each new subscription's terms last this long instead of a calendar month: a shortened
     * deployment (the journey suite) lets the scheduler end terms within seconds.
     */
    Optional<Duration> termLength();

    /** Pending cancellations one sweep transaction applies at most. */
    @WithDefault("100")
    int cancellationSweepBatchSize();
}

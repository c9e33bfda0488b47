package com.resellerplans.subscription.subscription.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Deployment-wide subscription settings. */
@ConfigMapping(prefix = "subscriptions")
public interface SubscriptionConfig {
    /** The cancellation policy of distributors that have not chosen their own. */
    @WithDefault("END_OF_TERM")
    CancellationPolicy defaultCancellationPolicy();

    /** How often the scheduler looks for pending cancellations that are due (read by {@code @Scheduled}). */
    @WithDefault("30s")
    String cancellationSweepEvery();

    /** Pending cancellations one sweep transaction applies at most. */
    @WithDefault("100")
    int cancellationSweepBatchSize();
}

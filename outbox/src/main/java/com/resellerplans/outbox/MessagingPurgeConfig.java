package com.resellerplans.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How often and in what steps the messaging tables are purged; how long their rows are kept is
 * {@code outbox.sent-retention} and {@code inbox.retention}.
 */
@ConfigMapping(prefix = "messaging-purge")
public interface MessagingPurgeConfig {
    /** How often the purge runs, on one instance of the deployment per period (read by {@code @Scheduled}). */
    @WithDefault("10m")
    String every();

    /** Rows one purge transaction deletes at most. */
    @WithDefault("500")
    int batchSize();
}

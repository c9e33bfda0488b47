package com.resellerplans.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the relay publishes the outbox. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {
    /** Whether this instance runs a relay at all. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows claimed and sent per transaction. */
    @WithDefault("200")
    int batchSize();

    /** Safety-net poll for rows a crash left behind; commits wake the relay at once. */
    @WithDefault("2s")
    Duration pollInterval();

    /** How long the relay waits for the broker to acknowledge a batch before it retries it. */
    @WithDefault("10s")
    Duration ackTimeout();

    /**
     * How long, beyond {@link #ackTimeout()}, a relay may hold its turn without a word before the database ends
     * its transaction and another instance's relay takes over (a paused or cut-off relay).
     */
    @WithDefault("5s")
    Duration turnGrace();

    /** First pause after a failed batch; doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest pause between retries while the broker is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** Sent rows are deleted after this long. */
    @WithDefault("7d")
    Duration sentRetention();
}

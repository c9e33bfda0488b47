package com.resellerplans.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the Inbox retries a handler that failed, and how long it remembers the events it applied. */
@ConfigMapping(prefix = "inbox")
public interface InboxConfig {
    /**
     * Attempts of an event that fails on its own (bad payload, a rule bug) on a database that answers, before it
     * goes to the channel's failure strategy (the dead-letter topic).
     */
    @WithDefault("6")
    int maxAttempts();

    /** Runs of a handler that keeps losing the race for a row before that counts as a failure (a rule bug). */
    @WithDefault("30")
    int maxConflicts();

    /** Pause before the first retry (of any failure, an outage too); doubles with each further one. */
    @WithDefault("100ms")
    Duration initialBackoff();

    /** Longest pause between two attempts. */
    @WithDefault("5s")
    Duration maxBackoff();

    /**
     * How long an applied event's id is kept after it was received: longer than a topic keeps a record (7 days) plus
     * a dead-letter topic (30 days), so any copy Kafka or a replay can still deliver finds it (README "Retention").
     * Set in the outbox's shared configuration, where deploy-check compares it with the topics' retentions.
     */
    Duration retention();
}

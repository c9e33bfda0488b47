package com.resellerplans.order.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long BSS drafts live. */
@ConfigMapping(prefix = "orders")
public interface OrderConfig {
    /** How long a BSS draft lives (and holds its alias) before it becomes EXPIRED. */
    @WithDefault("30d")
    Duration draftMaxAge();

    /** How often the expiry job looks for drafts past their age (read by {@code @Scheduled}). */
    @WithDefault("1m")
    String draftExpiryEvery();

    /** Drafts one expiry transaction marks at most. */
    @WithDefault("100")
    int draftExpiryBatchSize();
}

package com.resellerplans.order.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How orders hold their aliases and how long BSS drafts live. */
@ConfigMapping(prefix = "orders")
public interface OrderConfig {
    /** How long a storefront checkout holds its alias at storefront-alias-service before confirming it. */
    @WithDefault("900")
    int checkoutHoldSeconds();

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

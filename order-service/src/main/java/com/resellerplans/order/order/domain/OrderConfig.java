package com.resellerplans.order.order.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How orders hold their aliases. */
@ConfigMapping(prefix = "orders")
public interface OrderConfig {
    /** How long a storefront checkout holds its alias at storefront-alias-service before confirming it. */
    @WithDefault("900")
    int checkoutHoldSeconds();
}

package com.resellerplans.storefront.alias.domain;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Deployment-wide alias settings: the rhythm of the reconciliation of confirmed holds with order-service. */
@ConfigMapping(prefix = "aliases")
public interface AliasesConfig {
    /** A CONFIRMED hold still unbound this long after its confirmation (or its last check) is checked again. */
    Duration reconcileUnboundAfter();

    /** How often the reconciliation looks for such holds (read by {@code @Scheduled}; {@code off} disables it). */
    String reconcileEvery();
}

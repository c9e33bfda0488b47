package com.resellerplans.storefront.setup.domain;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Deployment-wide storefront configuration: defaults until a distributor sets its own, and the purge rhythm. */
@ConfigMapping(prefix = "storefronts")
public interface StorefrontsConfig {
    /** Base URL of a distributor's storefronts; {@code %s} is replaced by the distributor id. */
    String defaultBaseUrlPattern();

    /** Days a cancelled reseller's storefront and alias are kept before they are purged. */
    int defaultRetentionDays();

    /** How often suspended storefronts whose retention has ended are looked for and purged. */
    Duration purgeEvery();
}

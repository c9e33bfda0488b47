package com.resellerplans.notification.sender.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The sender every distributor's emails use until it sets its own. */
@ConfigMapping(prefix = "notifications.sender")
public interface SenderDefaults {
    /** Display name in the From header. */
    @WithDefault("Reseller Plans")
    String name();

    /** Address in the From header. */
    String address();

    /** Name emails sign with; the distributor id when not set. */
    Optional<String> distributorName();
}

package com.resellerplans.http.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long Idempotency-Key answers are kept and held. */
@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {
    /** Keys and their answers are deleted this long after the first request (the contract says at least 24h). */
    @WithDefault("48h")
    Duration retention();

    /** How long a running request holds its key; after that a retry may run it again (a crash left it). */
    @WithDefault("2m")
    Duration lease();

    /** How often expired keys are deleted. */
    @WithDefault("1h")
    Duration purgeInterval();
}

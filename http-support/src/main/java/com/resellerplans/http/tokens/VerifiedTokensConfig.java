package com.resellerplans.http.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many verified tokens a service replica keeps. */
@ConfigMapping(prefix = "verified-tokens")
public interface VerifiedTokensConfig {
    /** Most verified tokens kept, each until it expires, so a caller's next requests skip the check; 0 keeps none. */
    @WithDefault("10000")
    int kept();
}

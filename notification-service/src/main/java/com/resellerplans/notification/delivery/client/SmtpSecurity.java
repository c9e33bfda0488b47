package com.resellerplans.notification.delivery.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Whom {@link SmtpRelay} trusts to vouch for the relay's TLS certificate, and where it may log in. */
@ConfigMapping(prefix = "notifications.smtp")
public interface SmtpSecurity {
    /** PEM files of the only authorities the relay's certificate may chain to; unset: the JVM's trusted ones. */
    Optional<List<Path>> trustedCertificates();

    /** Whether a user may log in over a connection that may stay unencrypted (a local Mailpit, never production). */
    @WithDefault("false")
    boolean allowLoginInClear();
}

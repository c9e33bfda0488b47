package com.resellerplans.notification.delivery.client;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Whom {@link SmtpRelay} trusts to vouch for the relay's TLS certificate. */
@ConfigMapping(prefix = "notifications.smtp")
public interface SmtpTrust {
    /** PEM files of the only authorities the relay's certificate may chain to; unset: the JVM's trusted ones. */
    Optional<List<Path>> trustedCertificates();
}

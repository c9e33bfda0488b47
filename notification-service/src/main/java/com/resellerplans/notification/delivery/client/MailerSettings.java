package com.resellerplans.notification.delivery.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** The SMTP server as the Quarkus Mailer's {@code quarkus.mailer.*} names it; {@link SmtpRelay} sends through it. */
@ConfigMapping(prefix = "quarkus.mailer")
public interface MailerSettings {
    String host();

    /** 465 with TLS, 25 without, when not set. */
    Optional<Integer> port();

    Optional<String> username();

    Optional<String> password();

    /** DISABLED, OPTIONAL or REQUIRED, as the Mailer's own default. */
    @WithName("start-tls")
    @WithDefault("OPTIONAL")
    String startTls();

    /** TLS from the first byte (SMTPS) rather than STARTTLS. */
    Optional<Boolean> tls();
}

package com.resellerplans.notification.delivery.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** The SMTP server as the Quarkus Mailer's {@code quarkus.mailer.*} names it; {@link SmtpRelay} sends through it. */
@ConfigMapping(prefix = "quarkus.mailer")
public interface MailerSettings {
    /** The relay's host name; with TLS, its certificate must name it. */
    String host();

    /** 465 with TLS, 25 without, when not set. */
    Optional<Integer> port();

    /** The user the service logs in as (AUTH); when set, a send that cannot log in is not made. */
    Optional<String> username();

    /** That user's password; set exactly when the user is. */
    Optional<String> password();

    /** DISABLED, OPTIONAL or REQUIRED (then a relay that offers no STARTTLS gets nothing, not even the login). */
    @WithName("start-tls")
    @WithDefault("OPTIONAL")
    String startTls();

    /** TLS from the first byte (SMTPS) rather than STARTTLS. */
    Optional<Boolean> tls();
}

package com.resellerplans.notification.delivery.secured;

import com.resellerplans.notification.SecuredSmtp;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app sending to {@link SecuredSmtp} as a deployment sends to its relay: TLS required, the relay's certificate
 * checked against the local CA only, logged in as {@link SecuredSmtp#LOGIN}; with retries short enough for a test.
 */
public class SecuredSmtpProfile implements QuarkusTestProfile {
    static final int MAX_ATTEMPTS = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                // above the shared test resource, which points the mailer at the plain GreenMail
                Map.entry("config_ordinal", "1000"),
                Map.entry("quarkus.mailer.host", "localhost"),
                Map.entry("quarkus.mailer.port", Integer.toString(SecuredSmtp.port())),
                // GreenMail has no STARTTLS: SMTPS, with STARTTLS REQUIRED as in deploy/ (satisfied by TLS from the
                // start)
                Map.entry("quarkus.mailer.tls", "true"),
                Map.entry("quarkus.mailer.start-tls", "REQUIRED"),
                Map.entry(
                        "notifications.smtp.trusted-certificates",
                        SecuredSmtp.certificates().caCertificate().toString()),
                Map.entry("quarkus.mailer.username", SecuredSmtp.LOGIN),
                Map.entry("quarkus.mailer.password", SecuredSmtp.PASSWORD),
                Map.entry("notifications.initial-backoff", "500ms"),
                Map.entry("notifications.max-backoff", "1s"),
                Map.entry("notifications.max-attempts", Integer.toString(MAX_ATTEMPTS)),
                Map.entry("notifications.poll-interval", "200ms"),
                Map.entry("notifications.send-timeout", "5s"));
    }
}

package com.resellerplans.notification.delivery.scripted;

import com.resellerplans.notification.ScriptedSmtp;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app sending to the {@link ScriptedSmtp} server, with retries short enough for a test. Every scripted-SMTP
 * test uses this one profile, so the module starts the app twice at most.
 */
public class ScriptedSmtpProfile implements QuarkusTestProfile {
    static final int MAX_ATTEMPTS = 6;
    static final int CONCURRENCY = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // above the shared test resource, which points the mailer at GreenMail
                "config_ordinal", "1000",
                "quarkus.mailer.port", Integer.toString(ScriptedSmtp.port()),
                "notifications.initial-backoff", "500ms",
                "notifications.max-backoff", "2s",
                "notifications.max-attempts", Integer.toString(MAX_ATTEMPTS),
                "notifications.poll-interval", "200ms",
                "notifications.send-timeout", "2s",
                "notifications.concurrency", Integer.toString(CONCURRENCY));
    }
}

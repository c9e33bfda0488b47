package com.resellerplans.notification.delivery.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.localservers.MailServer;
import com.resellerplans.notification.Mails;
import com.resellerplans.notification.SecuredSmtp;
import com.resellerplans.notification.delivery.domain.DeliveryConfig;
import com.resellerplans.notification.delivery.domain.MailRelay.SendFailedException;
import com.resellerplans.notification.delivery.domain.OutgoingEmail;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link SmtpRelay} refuses to do, against real SMTP servers: send in clear when STARTTLS is required, trust
 * a certificate no configured authority signed, or call a refused login permanent.
 */
class SmtpRelaySecurityTest {
    private static Vertx vertx;
    /** Offers no STARTTLS (GreenMail 2.1 has none), takes any login. */
    private static MailServer plain;
    /** SMTPS with the local CA's server certificate; only {@link SecuredSmtp#LOGIN} logs in. */
    private static MailServer secured;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        plain = MailServer.start(0);
        secured = MailServer.startSecured(0, SecuredSmtp.certificates(), SecuredSmtp.LOGIN, SecuredSmtp.PASSWORD);
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
        plain.stop();
        secured.stop();
    }

    @Test
    void requiredStartTlsSendsNothingToAServerThatDoesNotOfferIt() {
        SmtpRelay required = relay(plain, Map.of("quarkus.mailer.start-tls", "REQUIRED"));
        String address = "required-" + UUID.randomUUID() + "@reseller.example";

        assertThatThrownBy(() -> required.send(email(address), Instant.now()))
                .isInstanceOfSatisfying(SendFailedException.class, failure -> {
                    assertThat(failure).hasMessageContaining("STARTTLS required but not supported by server");
                    assertThat(failure.permanent()).isFalse();
                });
        assertThat(Mails.to(plain, address)).isEmpty();

        // the same server takes it from a relay for which STARTTLS is optional: only the requirement refused it
        relay(plain, Map.of("quarkus.mailer.start-tls", "OPTIONAL")).send(email(address), Instant.now());
        assertThat(plain.awaitMessages(1, Duration.ofSeconds(5))).isTrue();
        assertThat(Mails.to(plain, address)).hasSize(1);
    }

    @Test
    void theRelaysCertificateMustChainToTheTrustStoreOrToTheJvmsAuthorities() {
        String address = "tls-" + UUID.randomUUID() + "@reseller.example";
        SmtpRelay jvmTrustOnly = relay(secured, overTls(SecuredSmtp.PASSWORD));

        assertThatThrownBy(() -> jvmTrustOnly.send(email(address), Instant.now()))
                .isInstanceOfSatisfying(SendFailedException.class, failure -> {
                    assertThat(failure).hasMessageContaining("unable to find valid certification path");
                    assertThat(failure.permanent()).isFalse();
                });
        assertThat(Mails.to(secured, address)).isEmpty();

        relay(secured, trustingTheLocalCa(overTls(SecuredSmtp.PASSWORD))).send(email(address), Instant.now());
        assertThat(Mails.to(secured, address))
                .singleElement()
                .satisfies(mail -> assertThat(mail.login()).isEqualTo(SecuredSmtp.LOGIN));
    }

    @Test
    void aRefusedLoginIsAFailureWithTheServersReplyButNotAPermanentOne() {
        String address = "login-" + UUID.randomUUID() + "@reseller.example";
        SmtpRelay wrongPassword = relay(secured, trustingTheLocalCa(overTls("not-the-password")));

        assertThatThrownBy(() -> wrongPassword.send(email(address), Instant.now()))
                .isInstanceOfSatisfying(SendFailedException.class, failure -> {
                    assertThat(failure).hasMessageContaining("535");
                    assertThat(failure.permanent()).isFalse();
                });
        assertThat(Mails.to(secured, address)).isEmpty();
    }

    private static Map<String, String> overTls(String password) {
        return Map.of(
                "quarkus.mailer.tls",
                "true",
                "quarkus.mailer.username",
                SecuredSmtp.LOGIN,
                "quarkus.mailer.password",
                password);
    }

    private static Map<String, String> trustingTheLocalCa(Map<String, String> settings) {
        Map<String, String> trusting = new HashMap<>(settings);
        trusting.put(
                "notifications.smtp.trusted-certificates",
                SecuredSmtp.certificates().caCertificate().toString());
        return trusting;
    }

    /** A relay as the app builds it, from these settings and the service's delivery defaults. */
    private static SmtpRelay relay(MailServer server, Map<String, String> settings) {
        Map<String, String> values = new HashMap<>(settings);
        values.put("quarkus.mailer.host", "localhost");
        values.put("quarkus.mailer.port", Integer.toString(server.smtpPort()));
        values.put("notifications.send-timeout", "5s");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(MailerSettings.class)
                .withMapping(DeliveryConfig.class)
                .withMapping(SmtpTrust.class)
                // Quarkus's short durations ("30s"), as the app reads them
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValues(values)
                .build();
        return new SmtpRelay(
                vertx,
                config.getConfigMapping(DeliveryConfig.class),
                config.getConfigMapping(MailerSettings.class),
                config.getConfigMapping(SmtpTrust.class));
    }

    private static OutgoingEmail email(String recipient) {
        UUID id = UUID.randomUUID();
        return new OutgoingEmail(
                id,
                "notifications@reseller-plans.example",
                recipient,
                "Your storefront is ready",
                "<p>Welcome</p>",
                "Welcome",
                "<" + id + "@notifications.reseller-plans.local>");
    }
}

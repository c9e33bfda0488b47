package com.resellerplans.notification.delivery.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestCertificates;
import com.resellerplans.notification.Mails;
import com.resellerplans.notification.SecuredSmtp;
import com.resellerplans.notification.delivery.domain.DeliveryConfig;
import com.resellerplans.notification.delivery.domain.MailRelay.SendFailedException;
import com.resellerplans.notification.delivery.domain.OutgoingEmail;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.mutiny.core.Vertx;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * What {@link SmtpRelay} does and refuses to do, against real SMTP servers: upgrade to TLS with STARTTLS and log in
 * over it (the way deploy/ sends, on 587), send in clear when STARTTLS is required, trust a certificate no configured
 * authority signed or one that names another host, or call a refused login permanent.
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
    void requiredStartTlsUpgradesTheConnectionAndLogsInOverIt() throws Exception {
        List<String> logins = new CopyOnWriteArrayList<>();
        SMTPServer relay = startTlsRelay(SecuredSmtp.certificates(), logins);
        try {
            String address = "starttls-" + UUID.randomUUID() + "@reseller.example";
            relay(relay.getPortAllocated(), startTlsWithLogin(SecuredSmtp.PASSWORD))
                    .send(email(address), Instant.now());

            // the relay takes MAIL only once STARTTLS is done and the login accepted
            assertThat(logins).containsExactly(SecuredSmtp.LOGIN + " " + address);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aRelayWhoseCertificateNamesAnotherHostIsRefused() throws Exception {
        List<String> logins = new CopyOnWriteArrayList<>();
        // signed by an authority the service trusts, but for another host than the one it connects to
        TestCertificates elsewhere = TestCertificates.issueFor("smtp.elsewhere.example");
        SMTPServer relay = startTlsRelay(elsewhere, logins);
        try {
            Map<String, String> settings = new HashMap<>(startTlsWithLogin(SecuredSmtp.PASSWORD));
            settings.put(
                    "notifications.smtp.trusted-certificates",
                    elsewhere.caCertificate().toString());
            SmtpRelay sender = relay(relay.getPortAllocated(), settings);

            assertThatThrownBy(() -> sender.send(email("elsewhere@reseller.example"), Instant.now()))
                    .isInstanceOfSatisfying(SendFailedException.class, failure -> {
                        assertThat(failure).hasMessageContaining("No subject alternative DNS name matching localhost");
                        assertThat(failure.permanent()).isFalse();
                    });
            assertThat(logins).isEmpty();
        } finally {
            relay.stop();
        }
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

    @Test
    void aUserIsRefusedAtStartWhereThePasswordCouldGoOutInClear() {
        Map<String, String> inClear = Map.of(
                "quarkus.mailer.start-tls", "OPTIONAL",
                "quarkus.mailer.username", SecuredSmtp.LOGIN,
                "quarkus.mailer.password", SecuredSmtp.PASSWORD);

        assertThatThrownBy(() -> relay(plain, inClear))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.mailer.start-tls=REQUIRED");

        Map<String, String> allowed = new HashMap<>(inClear);
        allowed.put("notifications.smtp.allow-login-in-clear", "true");
        String address = "in-clear-" + UUID.randomUUID() + "@reseller.example";
        relay(plain, allowed).send(email(address), Instant.now());
        assertThat(plain.awaitMessages(1, Duration.ofSeconds(5))).isTrue();
        assertThat(Mails.to(plain, address)).hasSize(1);
    }

    @Test
    void aTrustedCertificateThatCannotBeReadIsRefusedAtStart() {
        Map<String, String> settings = new HashMap<>(overTls(SecuredSmtp.PASSWORD));
        settings.put("notifications.smtp.trusted-certificates", "/nonexistent/ca.crt");

        assertThatThrownBy(() -> relay(secured, settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/ca.crt");
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

    private static Map<String, String> startTlsWithLogin(String password) {
        return trustingTheLocalCa(Map.of(
                "quarkus.mailer.start-tls",
                "REQUIRED",
                "quarkus.mailer.username",
                SecuredSmtp.LOGIN,
                "quarkus.mailer.password",
                password));
    }

    /**
     * A relay as a distributor runs one on 587: STARTTLS with {@code certificates}' server certificate before
     * anything else, then a login, which only {@link SecuredSmtp#LOGIN} passes; each accepted mail is recorded as its
     * login and recipient.
     */
    private static SMTPServer startTlsRelay(TestCertificates certificates, List<String> accepted) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.keyStore())) {
            keys.load(in, certificates.password().toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, certificates.password().toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        SMTPServer relay = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .startTlsSocketFactory(tls)
                .requireTLS()
                .requireAuth()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!SecuredSmtp.LOGIN.equals(user) || !SecuredSmtp.PASSWORD.equals(password)) {
                        throw new LoginFailedException();
                    }
                }))
                .messageHandler((context, from, to, data) -> accepted.add(context.getAuthenticationHandler()
                                .map(handler -> String.valueOf(handler.getIdentity()))
                                .orElse("nobody")
                        + " " + to))
                .build();
        relay.start();
        return relay;
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
        return relay(server.smtpPort(), settings);
    }

    private static SmtpRelay relay(int port, Map<String, String> settings) {
        Map<String, String> values = new HashMap<>(settings);
        values.put("quarkus.mailer.host", "localhost");
        values.put("quarkus.mailer.port", Integer.toString(port));
        values.put("notifications.send-timeout", "5s");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(MailerSettings.class)
                .withMapping(DeliveryConfig.class)
                .withMapping(SmtpSecurity.class)
                // Quarkus's short durations ("30s"), as the app reads them
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValues(values)
                .build();
        return new SmtpRelay(
                vertx,
                config.getConfigMapping(DeliveryConfig.class),
                config.getConfigMapping(MailerSettings.class),
                config.getConfigMapping(SmtpSecurity.class));
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

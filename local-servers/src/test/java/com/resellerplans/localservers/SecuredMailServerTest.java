package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecuredMailServerTest {
    private static final String LOGIN = "notification-service";
    private static TestCertificates certificates;
    private static MailServer mail;

    @BeforeAll
    static void start() {
        certificates = TestCertificates.issue();
        mail = MailServer.startSecured(0, certificates, LOGIN, "first-password");
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    @Test
    void takesMailOverTlsFromTheUserWithItsPasswordOnlyAndRecordsTheLogin() throws Exception {
        mail.purge();
        assertThatThrownBy(() -> send(trustingTheLocalCa(), "wrong-password"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");

        send(trustingTheLocalCa(), "first-password");
        mail.changePassword(LOGIN, "second-password");
        assertThatThrownBy(() -> send(trustingTheLocalCa(), "first-password"))
                .isInstanceOf(AuthenticationFailedException.class);
        send(trustingTheLocalCa(), "second-password");

        assertThat(mail.awaitMessages(2, Duration.ofSeconds(10))).isTrue();
        assertThat(mail.mails()).hasSize(2).allMatch(received -> LOGIN.equals(received.login()));
    }

    @Test
    void aClientThatDoesNotTrustTheLocalCaCannotConnect() {
        assertThatThrownBy(() -> send(SSLContext.getDefault(), "first-password"))
                .isInstanceOf(MessagingException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class)
                .hasRootCauseMessage("unable to find valid certification path to requested target");
    }

    private static SSLContext trustingTheLocalCa() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.trustStore())) {
            trusted.load(in, certificates.password().toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void send(SSLContext tls, String password) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtps.host", "localhost");
        props.put("mail.smtps.port", Integer.toString(mail.smtpPort()));
        props.put("mail.smtps.auth", "true");
        props.put("mail.smtps.ssl.socketFactory", tls.getSocketFactory());
        props.put("mail.smtps.ssl.checkserveridentity", "true");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom("notifications@reseller-plans.local");
        message.setRecipients(Message.RecipientType.TO, "ann@reseller.example");
        message.setSubject("Over TLS");
        message.setText("sent after logging in");
        try (Transport transport = session.getTransport("smtps")) {
            transport.connect(LOGIN, password);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}

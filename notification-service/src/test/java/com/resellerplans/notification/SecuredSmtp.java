package com.resellerplans.notification;

import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GreenMail over SMTPS with the local CA's server certificate, where only {@link #LOGIN} logs in: the relay of
 * the secured-SMTP tests. Its port and certificates are chosen once per JVM and passed through system properties,
 * because the test profile (which points the mailer here, before the app starts) may see another copy of this
 * class than the test; the server itself is started by the test.
 */
public final class SecuredSmtp {
    public static final String LOGIN = "notification-service";
    /** The password the app is configured with. */
    public static final String PASSWORD = "relay-password";

    private static final String PORT_PROPERTY = "notification-service.secured-smtp.port";
    private static final String CERTIFICATES_PROPERTY = "notification-service.secured-smtp.certificates";
    // one monitor for every copy of this class: string literals are interned JVM-wide
    private static final Object JVM_WIDE_LOCK = "com.resellerplans.notification.SecuredSmtp.lock";
    private static MailServer server;

    private SecuredSmtp() {}

    /**
     * Starts the server on its port, where only {@code password} logs {@link #LOGIN} in; one already running is
     * stopped first, and with it every connection to it (the app's pooled, logged-in ones included).
     */
    public static MailServer restartWith(String password) {
        synchronized (JVM_WIDE_LOCK) {
            if (server != null) {
                server.stop();
            }
            server = MailServer.startSecured(port(), certificates(), LOGIN, password);
            return server;
        }
    }

    /** The port, reserved on first use; nothing listens on it until {@link #restartWith}. */
    public static int port() {
        synchronized (JVM_WIDE_LOCK) {
            String reserved = System.getProperty(PORT_PROPERTY);
            if (reserved == null) {
                reserved = Integer.toString(freePort());
                System.setProperty(PORT_PROPERTY, reserved);
            }
            return Integer.parseInt(reserved);
        }
    }

    /** The local CA and the server certificate it signed, issued on first use. */
    public static TestCertificates certificates() {
        synchronized (JVM_WIDE_LOCK) {
            String issued = System.getProperty(CERTIFICATES_PROPERTY);
            if (issued != null) {
                return TestCertificates.existing(Path.of(issued));
            }
            try {
                Path directory = Files.createTempDirectory("secured-smtp-");
                TestCertificates certificates = TestCertificates.issueInto(directory);
                System.setProperty(CERTIFICATES_PROPERTY, directory.toString());
                return certificates;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

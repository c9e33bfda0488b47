package com.resellerplans.localservers;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.smtp.auth.AuthenticationState;
import com.icegreen.greenmail.smtp.auth.LoginAuthenticationState;
import com.icegreen.greenmail.smtp.auth.PlainAuthenticationState;
import com.icegreen.greenmail.smtp.auth.UsernameAuthentication;
import com.icegreen.greenmail.smtp.auth.XOAuth2AuthenticationState;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A real SMTP server (GreenMail) on localhost that accepts any sender, any recipient and any
 * credentials, and keeps every mail in memory; or, {@link #startSecured secured}, SMTPS with one user.
 *
 * <p>A mail sent to several recipients is delivered by GreenMail into several mailboxes; this class
 * keeps it once per SMTP transaction, as Mailpit does.
 */
public class MailServer implements AutoCloseable {

    /**
     * One received mail: a stable id, when it arrived, the message itself, and the user its sender logged in as on
     * a {@link #startSecured secured} server (null when it did not, or with credentials the server refused; and
     * for every mail but a connection's first, which GreenMail forgets the login of).
     */
    public record Mail(String id, Instant received, MimeMessage message, String login) {

        public Mail(String id, Instant received, MimeMessage message) {
            this(id, received, message, null);
        }

        public String subject() {
            return MailParts.subject(message);
        }

        public String text() {
            return MailParts.parts(message).text();
        }

        public String html() {
            return MailParts.parts(message).html();
        }
    }

    private final GreenMail greenMail;
    private final int smtpPort;
    /** Every mail, oldest first: one per SMTP transaction, however many recipients it had. */
    private final List<Mail> received = new CopyOnWriteArrayList<>();

    private final AtomicLong ids = new AtomicLong();
    private volatile MovingMessage lastTransaction;

    MailServer(GreenMail greenMail, int smtpPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
    }

    /** SMTP on 127.0.0.1 and the given port; 0 picks a free port. */
    public static MailServer start(int smtpPort) {
        return start(
                setup(smtpPort, ServerSetup.PROTOCOL_SMTP),
                GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /**
     * SMTPS (TLS from the first byte: GreenMail 2.1 has no STARTTLS) on 127.0.0.1 and the given port (0 picks a
     * free one), presenting the server certificate of {@code certificates}, where only {@code login} with
     * {@code password} can log in ({@link #changePassword}). GreenMail reads its TLS key store from system
     * properties, once: the first secured server of a JVM fixes it, and one with other certificates is refused.
     */
    public static MailServer startSecured(int smtpsPort, TestCertificates certificates, String login, String password) {
        useKeyStore(certificates);
        return start(
                setup(smtpsPort, ServerSetup.PROTOCOL_SMTPS),
                GreenMailConfiguration.aConfig().withUser(login, password));
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        setup.setServerStartupTimeout(10_000);
        return setup;
    }

    private static MailServer start(ServerSetup setup, GreenMailConfiguration configuration) {
        GreenMail greenMail = new GreenMail(setup).withConfiguration(configuration);
        greenMail.start();
        MailServer server = new MailServer(
                greenMail,
                greenMail.getSmtp() != null
                        ? greenMail.getSmtp().getPort()
                        : greenMail.getSmtps().getPort());
        server.recordEveryTransaction();
        return server;
    }

    private static synchronized void useKeyStore(TestCertificates certificates) {
        String keyStore = certificates.keyStore().toAbsolutePath().toString();
        String current = System.getProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
        if (current != null && !current.equals(keyStore)) {
            throw new IllegalStateException("GreenMail already presents the certificate in " + current
                    + " in this JVM; a secured server with another one cannot start");
        }
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, keyStore);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, certificates.password());
    }

    /** From now on only {@code password} logs {@code login} in. */
    public void changePassword(String login, String password) {
        greenMail.setUser(login, password);
    }

    /**
     * GreenMail delivers a mail once per recipient, all with the same {@link MovingMessage}, one after
     * the other: the first delivery of each transaction records the mail.
     */
    private void recordEveryTransaction() {
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((transaction, recipient) -> {
            if (transaction != lastTransaction) {
                lastTransaction = transaction;
                received.add(new Mail(
                        Long.toString(ids.incrementAndGet()),
                        Instant.now(),
                        transaction.getMessage(),
                        loginOf(transaction, users)));
            }
            return delivery.handle(transaction, recipient);
        });
    }

    /** GreenMail keeps what the sender's AUTH said even when it refused it: only valid credentials count. */
    private static String loginOf(MovingMessage transaction, UserManager users) {
        AuthenticationState auth = transaction.getAuthenticationState();
        String secret = auth instanceof PlainAuthenticationState plain
                ? plain.getPassword()
                : auth instanceof LoginAuthenticationState typed
                        ? typed.getPassword()
                        : auth instanceof XOAuth2AuthenticationState token ? token.getAccessToken() : null;
        String login = auth instanceof UsernameAuthentication named ? named.getUsername() : null;
        return login != null && users.isAuthRequired() && users.test(login, secret) ? login : null;
    }

    /** The port SMTP (or, secured, SMTPS) listens on. */
    public int smtpPort() {
        return smtpPort;
    }

    /** Every mail received, oldest first, once per mail (not once per recipient). */
    public List<MimeMessage> receivedMessages() {
        List<Mail> mails = mails();
        List<MimeMessage> messages = new ArrayList<>(mails.size());
        for (int i = mails.size() - 1; i >= 0; i--) {
            messages.add(mails.get(i).message());
        }
        return messages;
    }

    /** Every mail received, newest first. Ids are stable and never reused. */
    public List<Mail> mails() {
        List<Mail> newestFirst = new ArrayList<>(received);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Waits until at least {@code count} mails have arrived; returns whether they did. */
    public boolean awaitMessages(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (mails().size() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Deletes every mail. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
            received.clear();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not purge mails", e);
        }
    }

    public void stop() {
        greenMail.stop();
    }

    @Override
    public void close() {
        stop();
    }

    static byte[] rawBytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    /**
     * The mails as JDK types only (id, received epoch millis, raw RFC 822 bytes), newest first: what
     * another class loader of this JVM reads through {@link TestServers}.
     */
    List<Object[]> exportMails() {
        List<Object[]> exported = new ArrayList<>();
        for (Mail mail : mails()) {
            exported.add(new Object[] {mail.id(), mail.received().toEpochMilli(), rawBytes(mail.message())});
        }
        return exported;
    }

    /** A handle on a mail server owned by another class loader of this JVM (see {@link TestServers}). */
    static final class Attached extends MailServer {
        private final Supplier<List<Object[]>> exported;
        private final Runnable purge;
        private final Runnable stop;
        private Session session;

        Attached(int smtpPort, Supplier<List<Object[]>> exported, Runnable purge, Runnable stop) {
            super(null, smtpPort);
            this.exported = exported;
            this.purge = purge;
            this.stop = stop;
        }

        @Override
        public List<Mail> mails() {
            if (session == null) {
                session = Session.getInstance(new Properties());
            }
            List<Mail> mails = new ArrayList<>();
            for (Object[] row : exported.get()) {
                try {
                    MimeMessage message = new MimeMessage(session, new ByteArrayInputStream((byte[]) row[2]));
                    mails.add(new Mail((String) row[0], Instant.ofEpochMilli((Long) row[1]), message));
                } catch (MessagingException e) {
                    throw new IllegalStateException("Unreadable mail", e);
                }
            }
            return mails;
        }

        @Override
        public void purge() {
            purge.run();
        }

        @Override
        public void stop() {
            stop.run();
        }
    }
}

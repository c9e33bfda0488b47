package com.resellerplans.notification.delivery.client;

import com.resellerplans.notification.delivery.domain.DeliveryConfig;
import com.resellerplans.notification.delivery.domain.MailRelay;
import com.resellerplans.notification.delivery.domain.OutgoingEmail;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The SMTP server emails are handed to, over a pool of kept-alive connections (one per concurrent sender). The
 * socket's idle timeout is the send timeout: an exchange the server leaves unanswered is aborted by closing its
 * connection, so a send the service gave up on cannot complete later as a second, unrecorded email.
 *
 * <p>Over TLS (SMTPS or STARTTLS) the relay's certificate is verified, host name included, against the authorities
 * {@link SmtpTrust} names, or the JVM's trusted ones; never trusted blindly. With a user configured, every
 * connection logs in or sends nothing.
 */
@ApplicationScoped
public class SmtpRelay implements MailRelay {
    private static final Logger LOG = Logger.getLogger(SmtpRelay.class);
    /**
     * RFC 4954's refusals of the login itself (authentication required, mechanism too weak, credentials invalid,
     * encryption required): they say nothing of the email, so they are retried like a 4xx, and every email queued
     * while the credentials were wrong goes out once they are right instead of all being DEAD at once.
     */
    private static final Set<Integer> LOGIN_REFUSALS = Set.of(530, 534, 535, 538);
    /** The client's mechanisms for a user and password: not XOAUTH2, which would send the password as a token. */
    private static final String PASSWORD_MECHANISMS = "DIGEST-MD5 CRAM-SHA256 CRAM-SHA1 CRAM-MD5 LOGIN PLAIN";

    private final MailClient client;
    private final Duration sendTimeout;
    /**
     * The one event loop every send is issued on, so every connection of the client's pool is opened, read and
     * handed out on that loop. The client installs a new connection's reader only once the pool hands the
     * connection out; on another loop (a connection opened for a waiting send after another one was dropped, say
     * after a stop or a cut) the server's greeting could arrive first and be dropped, and the send would wait for
     * its verdict in vain.
     */
    private final Context mailLoop;

    SmtpRelay(Vertx vertx, DeliveryConfig config, MailerSettings server, SmtpTrust trust) {
        if (server.username().isPresent() != server.password().isPresent()) {
            throw new IllegalStateException("quarkus.mailer.username and quarkus.mailer.password go together: set both"
                    + " to log in to the SMTP relay, or neither");
        }
        this.mailLoop = ((VertxInternal) vertx.getDelegate()).createEventLoopContext();
        this.sendTimeout = config.sendTimeout();
        boolean tls = server.tls().orElse(false);
        MailConfig mail = new MailConfig()
                .setHostname(server.host())
                .setPort(server.port().orElse(tls ? 465 : 25))
                .setSsl(tls)
                .setStarttls(StartTLSOptions.valueOf(server.startTls().toUpperCase(Locale.ROOT)))
                .setKeepAlive(true)
                .setMaxPoolSize(config.concurrency())
                // closed before SMTP servers' own idle timeouts, so the pool never hands out one already dropped
                .setKeepAliveTimeout((int) config.keepAliveTimeout().toMillis())
                .setKeepAliveTimeoutUnit(TimeUnit.MILLISECONDS)
                .setConnectTimeout((int) config.sendTimeout().toMillis())
                .setIdleTimeout((int) config.sendTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        trust.trustedCertificates().ifPresent(certificates -> mail.setTrustOptions(pemTrust(certificates)));
        server.username()
                .ifPresent(username -> mail.setUsername(username)
                        .setPassword(server.password().orElseThrow())
                        .setAuthMethods(PASSWORD_MECHANISMS)
                        // not the client's default (NONE), which sends without logging in when the relay offers no AUTH
                        .setLogin(LoginOption.REQUIRED));
        this.client = MailClient.create(vertx, mail);
    }

    /** Checked at start, so that a missing file stops the service instead of failing every send. */
    private static PemTrustOptions pemTrust(List<Path> certificates) {
        PemTrustOptions trust = new PemTrustOptions();
        for (Path certificate : certificates) {
            if (!Files.isReadable(certificate)) {
                throw new IllegalStateException(
                        "notifications.smtp.trusted-certificates names " + certificate + ", which cannot be read");
            }
            trust.addCertPath(certificate.toAbsolutePath().toString());
        }
        return trust;
    }

    @Override
    public void send(OutgoingEmail email, Instant date) {
        MailMessage message = new MailMessage()
                .setFrom(email.from())
                .setTo(List.of(email.recipient()))
                .setSubject(email.subject())
                .setHtml(email.html())
                .setText(email.text())
                .setHeaders(MultiMap.caseInsensitiveMultiMap()
                        .add("Message-ID", email.messageId())
                        .add("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC))));
        try {
            client.sendMail(message)
                    .runSubscriptionOn(task -> mailLoop.runOnContext(ignored -> task.run()))
                    // the idle timeout settles a silent exchange; this only bounds one that keeps trickling
                    .await()
                    .atMost(sendTimeout.multipliedBy(VERDICT_WAIT_FACTOR));
        } catch (TimeoutException e) {
            throw new SendFailedException(
                    "No verdict from the SMTP server within "
                            + sendTimeout.multipliedBy(VERDICT_WAIT_FACTOR).toMillis()
                            + " ms; the exchange may still end",
                    false,
                    true,
                    e);
        } catch (RuntimeException e) {
            throw failureOf(e);
        }
    }

    /** The SMTP server's reply when there was one (it names the code), else the failure's root cause. */
    private static SendFailedException failureOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SMTPException) {
                break;
            }
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName()
                : root.getMessage();
        boolean permanent = root instanceof SMTPException refusal
                && refusal.isPermanent()
                && !LOGIN_REFUSALS.contains(refusal.getReplyCode());
        return new SendFailedException(message, permanent, false, failure);
    }

    /** After the sender has stopped: a connection still in use closes at the latest when its idle timeout fires. */
    void close(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent stopping) {
        try {
            client.close().await().atMost(sendTimeout);
        } catch (RuntimeException e) {
            LOG.warnf("SMTP connections not all closed at shutdown: %s", e.getMessage());
        }
    }
}

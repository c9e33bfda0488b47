package com.resellerplans.notification.delivery.domain;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server emails are handed to, over a pool of kept-alive connections (one per concurrent sender). The
 * socket's idle timeout is the send timeout: an exchange the server leaves unanswered is aborted by closing its
 * connection, so a send the service gave up on cannot complete later as a second, unrecorded email.
 */
@ApplicationScoped
public class SmtpRelay {
    private final Vertx vertx;
    private final MailClient client;
    private final Duration sendTimeout;

    SmtpRelay(Vertx vertx, DeliveryConfig config,
            @ConfigProperty(name = "quarkus.mailer.host") String host,
            @ConfigProperty(name = "quarkus.mailer.port") Optional<Integer> port,
            @ConfigProperty(name = "quarkus.mailer.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.mailer.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.mailer.start-tls", defaultValue = "OPTIONAL") String startTls,
            @ConfigProperty(name = "quarkus.mailer.tls") Optional<Boolean> tls) {
        this.vertx = vertx;
        this.sendTimeout = config.sendTimeout();
        MailConfig mail = new MailConfig()
                .setHostname(host)
                .setPort(port.orElse(tls.orElse(false) ? 465 : 25))
                .setSsl(tls.orElse(false))
                .setStarttls(StartTLSOptions.valueOf(startTls.toUpperCase(Locale.ROOT)))
                .setKeepAlive(true)
                .setMaxPoolSize(config.concurrency())
                // closed before SMTP servers' own idle timeouts, so the pool never hands out one already dropped
                .setKeepAliveTimeout((int) config.keepAliveTimeout().toMillis())
                .setKeepAliveTimeoutUnit(TimeUnit.MILLISECONDS)
                .setConnectTimeout((int) config.sendTimeout().toMillis())
                .setIdleTimeout((int) config.sendTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        username.ifPresent(mail::setUsername);
        password.ifPresent(mail::setPassword);
        this.client = MailClient.create(vertx, mail);
    }

    /**
     * Hands the email over and waits for the server's verdict. Throws with the server's reply (its 4xx/5xx code)
     * when it refused, or when the connection failed or stayed silent for the send timeout (then closed).
     */
    void send(String from, String recipient, String subject, String html, String text, String messageId,
            String date) {
        MailMessage message = new MailMessage()
                .setFrom(from)
                .setTo(List.of(recipient))
                .setSubject(subject)
                .setHtml(html)
                .setText(text)
                .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", messageId).add("Date", date));
        // Issued on a Vert.x event loop: from another thread, the client installs a new connection's reader only
        // after a hop to the event loop, and a greeting that arrives first is dropped, leaving the send hanging.
        Context eventLoop = vertx.getDelegate().getOrCreateContext();
        try {
            client.sendMail(message)
                    .runSubscriptionOn(task -> eventLoop.runOnContext(ignored -> task.run()))
                    // the idle timeout settles a silent exchange first; this only bounds a client that never answers
                    .await().atMost(sendTimeout.multipliedBy(2));
        } catch (RuntimeException e) {
            throw SendFailedException.of(e);
        }
    }

    /** A send that did not end with the server's acceptance: refused (4xx/5xx), or no answer, or no connection. */
    static final class SendFailedException extends RuntimeException {
        private final boolean permanent;

        private SendFailedException(String reply, boolean permanent, Throwable cause) {
            super(reply, cause);
            this.permanent = permanent;
        }

        /** The SMTP server's reply when there was one (it names the code), else the failure's root cause. */
        static SendFailedException of(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                if (root instanceof SMTPException) {
                    break;
                }
                root = root.getCause();
            }
            String message = root.getMessage() == null || root.getMessage().isBlank()
                    ? root.getClass().getSimpleName() : root.getMessage();
            return new SendFailedException(message, root instanceof SMTPException refusal && refusal.isPermanent(),
                    failure);
        }

        /** A 5xx reply: the server will answer the same to any retry. */
        boolean permanent() {
            return permanent;
        }
    }

    void close(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent stopping) {
        client.closeAndAwait();
    }
}

package com.resellerplans.notification;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server (SubEthaSMTP) whose answers the test scripts: it can be stopped and started again on the same
 * port, it can refuse a recipient with a 4xx or 5xx reply a number of times, it can leave a recipient
 * unanswered, and it can take an email in but hold back its acceptance. One per test JVM.
 */
public final class ScriptedSmtp {
    // the port outlives class loaders: the test profile (which points the mailer here) may see another copy
    private static final String PORT_PROPERTY = "notification-service.scripted-smtp.port";
    private static final ScriptedSmtp SERVER = new ScriptedSmtp(port());

    private final int port;
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> acceptanceHolds = new ConcurrentHashMap<>();
    private final List<CountDownLatch> heldAcceptances = new CopyOnWriteArrayList<>();
    private final AtomicInteger heldRecipients = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private SMTPServer server;

    private ScriptedSmtp(int port) {
        this.port = port;
    }

    /** The server, started on first use. */
    public static ScriptedSmtp server() {
        SERVER.start();
        return SERVER;
    }

    /** The server's port, reserved on first use; nothing listens on it until {@link #server()}. */
    public static synchronized int port() {
        String reserved = System.getProperty(PORT_PROPERTY);
        if (reserved == null) {
            reserved = Integer.toString(freePort());
            System.setProperty(PORT_PROPERTY, reserved);
        }
        return Integer.parseInt(reserved);
    }

    public synchronized void start() {
        if (server == null) {
            server = SMTPServer.port(port)
                    .hostName("scripted-smtp")
                    .messageHandlerFactory(this::handler)
                    .build();
            server.start();
        }
    }

    /** Down: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Refuses RCPT TO of the address with the reply, the given number of times (then accepts it again). */
    public void refuse(String recipient, int code, String text, int times) {
        refusals.put(recipient.toLowerCase(Locale.ROOT), new Refusal(code, text, new AtomicInteger(times)));
    }

    /** Leaves RCPT TO of the address unanswered (the connection hangs) until {@link #releaseHeld()}. */
    public void hold(String recipient) {
        holds.put(recipient.toLowerCase(Locale.ROOT), new CountDownLatch(1));
    }

    /**
     * Accepts the next email to the address (it counts as received) but leaves the end of its DATA unanswered until
     * {@link #releaseHeld()}, as if the acceptance were lost on its way back; the email after it is answered at once.
     */
    public void holdNextAcceptance(String recipient) {
        acceptanceHolds.put(recipient.toLowerCase(Locale.ROOT), new CountDownLatch(1));
    }

    /** Answers every held RCPT TO and DATA, and the address's later ones at once. */
    public void releaseHeld() {
        holds.values().forEach(CountDownLatch::countDown);
        holds.clear();
        heldAcceptances.forEach(CountDownLatch::countDown);
        acceptanceHolds.clear();
    }

    /** How many RCPT TO are being left unanswered right now. */
    public int heldRecipients() {
        return heldRecipients.get();
    }

    /** Every accepted email to the address: one entry per SMTP transaction. */
    public List<Received> to(String recipient) {
        return received.stream()
                .filter(mail -> mail.recipient().equalsIgnoreCase(recipient))
                .toList();
    }

    /** How many accepted emails went to addresses ending with the suffix. */
    public long countTo(String recipientSuffix) {
        return received.stream()
                .filter(mail -> mail.recipient().endsWith(recipientSuffix))
                .count();
    }

    private MessageHandler handler(MessageContext context) {
        return new MessageHandler() {
            private final List<String> recipients = new CopyOnWriteArrayList<>();

            @Override
            public void from(String from) {}

            @Override
            public void recipient(String recipient) throws RejectException {
                CountDownLatch hold = holds.get(recipient.toLowerCase(Locale.ROOT));
                if (hold != null) {
                    heldRecipients.incrementAndGet();
                    try {
                        awaitRelease(hold);
                    } finally {
                        heldRecipients.decrementAndGet();
                    }
                }
                Refusal refusal = refusals.get(recipient.toLowerCase(Locale.ROOT));
                if (refusal != null && refusal.remaining().getAndDecrement() > 0) {
                    throw new RejectException(refusal.code(), refusal.text());
                }
                recipients.add(recipient);
            }

            @Override
            public String data(InputStream data) throws IOException {
                String messageId = messageIdIn(data);
                recipients.forEach(recipient -> received.add(new Received(recipient, messageId)));
                for (String recipient : recipients) {
                    CountDownLatch hold = acceptanceHolds.remove(recipient.toLowerCase(Locale.ROOT));
                    if (hold != null) {
                        heldAcceptances.add(hold);
                        awaitRelease(hold);
                    }
                }
                return null;
            }

            @Override
            public void done() {}
        };
    }

    private static void awaitRelease(CountDownLatch hold) {
        try {
            if (hold != null && !hold.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Held for a minute without a release");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String messageIdIn(InputStream data) throws IOException {
        BufferedReader headers = new BufferedReader(new InputStreamReader(data, US_ASCII));
        String messageId = null;
        for (String line = headers.readLine(); line != null; line = headers.readLine()) {
            if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = line.substring(11).strip();
            }
        }
        return messageId;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One accepted email for one recipient. */
    public record Received(String recipient, String messageId) {}

    private record Refusal(int code, String text, AtomicInteger remaining) {}
}

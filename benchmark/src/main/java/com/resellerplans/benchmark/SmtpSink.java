package com.resellerplans.benchmark;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SMTP server notification-service sends to during a benchmark: it accepts every message and notes, per
 * recipient, the {@link System#nanoTime()} at which it answered {@code 250} to the end of the message's data —
 * the moment the mail is accepted, on the same clock as the driver's intended start times.
 */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService sessions = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "smtp-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CompletableFuture<Long>> acceptances = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong repeatedRecipients = new AtomicLong();

    SmtpSink(int port) throws IOException {
        this.server = new ServerSocket(port);
        sessions.submit(this::acceptConnections);
    }

    /** Completes when a message to {@code recipient} is accepted (the first one, if several arrive). */
    CompletableFuture<Long> acceptanceOf(String recipient) {
        return acceptances.computeIfAbsent(recipient.toLowerCase(Locale.ROOT), ignored -> new CompletableFuture<>());
    }

    long messages() {
        return messages.get();
    }

    /** Messages to a recipient that had already received one: a repeated delivery. */
    long repeatedRecipients() {
        return repeatedRecipients.get();
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                sessions.submit(() -> converse(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket connection) {
        try (connection;
                BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), US_ASCII));
                OutputStream out = connection.getOutputStream()) {
            connection.setTcpNoDelay(true);
            reply(out, "220 bench-smtp-sink ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO" -> reply(out, "250-bench-smtp-sink\r\n250 8BITMIME");
                    case "HELO", "NOOP" -> reply(out, "250 OK");
                    case "MAIL", "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(address(line));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the body is not needed: the recipient identifies the checkout
                        }
                        long acceptedAt = System.nanoTime();
                        reply(out, "250 OK");
                        accepted(recipients, acceptedAt);
                        recipients.clear();
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away; what it sent before is recorded already
        }
    }

    private void accepted(List<String> recipients, long acceptedAt) {
        messages.incrementAndGet();
        for (String recipient : recipients) {
            if (!acceptanceOf(recipient).complete(acceptedAt)) {
                repeatedRecipients.incrementAndGet();
            }
        }
    }

    private static String address(String rcptLine) {
        int open = rcptLine.indexOf('<');
        int close = rcptLine.indexOf('>', open + 1);
        String address = open >= 0 && close > open ? rcptLine.substring(open + 1, close) : rcptLine.substring(8);
        return address.trim().toLowerCase(Locale.ROOT);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        sessions.shutdownNow();
    }
}

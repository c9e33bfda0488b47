package com.resellerplans.faults;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the notification service knows as its SMTP server: a relay to the real one that, while refusing, greets
 * every new connection with {@code 421} and closes it, and cuts the connections it was relaying.
 */
final class RefusingSmtp implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final LongAdder refused = new LongAdder();
    private volatile boolean refusing;

    RefusingSmtp(int targetPort) {
        this.targetPort = targetPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("refusing-smtp", this::acceptConnections);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections turned away so far. */
    long refused() {
        return refused.sum();
    }

    void startRefusing() {
        refusing = true;
        open.forEach(RefusingSmtp::closeQuietly);
    }

    void stopRefusing() {
        refusing = false;
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (refusing) {
                    refused.increment();
                    try (client) {
                        client.getOutputStream()
                                .write("421 4.3.2 Service not available\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                } else {
                    relay(client);
                }
            } catch (IOException closedOrCut) {
                // the listener was closed, or a refused client hung up first
            }
        }
    }

    private void relay(Socket client) throws IOException {
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(client);
        open.add(server);
        daemon("smtp-up", () -> pipe(client, server));
        daemon("smtp-down", () -> pipe(server, client));
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException cut) {
            // one side closed: the other follows below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(RefusingSmtp::closeQuietly);
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}

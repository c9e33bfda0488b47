package com.resellerplans.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Picks ports that are free right now on the loopback interface, never the same one twice in this JVM: a port is
 * released as soon as it is found free, and the servers or processes it is meant for bind it only later, so without
 * that memory two of them could be handed the same port (once, the fault suite's subscription-service and
 * order-service were, and the gateway sent registrations to order-service).
 */
final class FreePorts {
    private static final Random RANDOM = new Random();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {}

    /**
     * A free port below Linux's ephemeral range (32768 and up), which outgoing connections of every process take
     * their local ports from: a server started a while later on it does not find it taken by some client.
     */
    static synchronized int findBelowEphemeralRange() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + RANDOM.nextInt(12_000);
            if (HANDED_OUT.contains(candidate)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return handOut(socket.getLocalPort());
            } catch (IOException taken) {
                // try another
            }
        }
        return find();
    }

    static synchronized int find() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                if (!HANDED_OUT.contains(socket.getLocalPort())) {
                    return handOut(socket.getLocalPort());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port", e);
            }
        }
        throw new IllegalStateException("No free port that was not handed out already");
    }

    private static int handOut(int port) {
        HANDED_OUT.add(port);
        return port;
    }
}

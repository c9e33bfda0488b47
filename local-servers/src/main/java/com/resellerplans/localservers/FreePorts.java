package com.resellerplans.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Random;

/** Picks ports that are free right now on the loopback interface. */
final class FreePorts {
    private static final Random RANDOM = new Random();

    private FreePorts() {}

    /**
     * A free port below Linux's ephemeral range (32768 and up), which outgoing connections of every process take
     * their local ports from: a server started a while later on it does not find it taken by some client.
     */
    static int findBelowEphemeralRange() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + RANDOM.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        return find();
    }

    static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}

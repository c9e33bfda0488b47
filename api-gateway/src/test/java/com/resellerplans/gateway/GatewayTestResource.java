package com.resellerplans.gateway;

import com.resellerplans.localservers.JwtKeys;
import com.resellerplans.localservers.TokenMinter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the gateway needs under test and nothing more (no database, no Kafka): the JWT key pair the
 * tests sign with, and two free ports per backend service (two instances), on which {@link EchoBackends} answers.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    /** Shared by this resource and the tests (which run in another class loader): same files, same keys. */
    static final Path KEY_DIR = Path.of("target", "test-jwt-keys");

    @Override
    public Map<String, String> start() {
        JwtKeys keys = JwtKeys.generateIn(KEY_DIR);
        Map<String, String> config = new HashMap<>();
        config.put(
                "mp.jwt.verify.publickey.location",
                keys.publicKeyPath().toAbsolutePath().toString());
        config.put("mp.jwt.verify.issuer", TokenMinter.ISSUER);
        config.put("mp.jwt.verify.audiences", TokenMinter.AUDIENCE);
        for (String service : new String[] {"order", "subscription", "storefront", "notification"}) {
            config.put(
                    "gateway.services." + service,
                    "http://localhost:" + freePort() + ",http://localhost:" + freePort());
        }
        config.put("gateway.cors.origins", CorsTest.FRONTEND);
        // a silent backend must turn into a 503 quickly in the tests
        config.put("gateway.backend.idle-timeout", "2S");
        return config;
    }

    @Override
    public void stop() {
        // nothing runs here: the echo backends belong to the tests
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

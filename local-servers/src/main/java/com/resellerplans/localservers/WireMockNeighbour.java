package com.resellerplans.localservers;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A neighbour service played by WireMock in one module's tests, started once per module run. It is listed as
 * the second of the neighbour's two instances, the first of which refuses every connection (nothing listens on
 * port 1), so every call must still reach it. Tests stub and verify it over WireMock's admin API
 * ({@link #client}), because a test and its test resource may not share classes.
 */
public abstract class WireMockNeighbour implements QuarkusTestResourceLifecycleManager {
    /** The priority of {@link #stubDefaults} answers: any stub a test adds comes first. */
    protected static final int DEFAULT_ANSWER = 10;

    private final String neighbour;
    private WireMockServer server;

    protected WireMockNeighbour(String neighbour) {
        this.neighbour = neighbour;
    }

    /** The answers a test finds where it stubbed none. */
    protected abstract void stubDefaults(WireMockServer server);

    /** Configuration the service under test needs besides the neighbour's address. */
    protected Map<String, String> moreConfiguration() {
        return Map.of();
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("localhost").dynamicPort());
        server.start();
        stubDefaults(server);
        Map<String, String> configuration = new HashMap<>(moreConfiguration());
        configuration.put(
                "quarkus.stork." + neighbour + ".service-discovery.address-list",
                "http://localhost:1," + server.baseUrl());
        configuration.put(urlProperty(neighbour), server.baseUrl());
        return configuration;
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** A WireMock client of the double that plays {@code neighbour} in this module run. */
    public static WireMock client(String neighbour) {
        URI url = URI.create(ConfigProvider.getConfig().getValue(urlProperty(neighbour), String.class));
        return WireMock.create().host(url.getHost()).port(url.getPort()).build();
    }

    private static String urlProperty(String neighbour) {
        return "wiremock-neighbour." + neighbour + ".url";
    }
}

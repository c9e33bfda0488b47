package com.resellerplans.order;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Json;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays subscription-service at its HTTP boundary (WireMock): each test stubs the answers it needs and verifies
 * the calls it expects; a path no test stubbed answers 503 without a problem body, like a neighbour that is down.
 * Tests reach it over WireMock's admin API, because the test and this resource may not share classes. It is
 * listed as the second of two instances, the first of which refuses every connection.
 */
public class SubscriptionServiceDouble implements QuarkusTestResourceLifecycleManager {
    private static final String URL_PROPERTY = "subscription-service-double.url";
    private static final int UNSTUBBED = 10;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("localhost").dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).atPriority(UNSTUBBED).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")));
        // a second instance that is down (nothing listens on port 1): every call must still reach this one
        return Map.of("quarkus.stork.subscription-service.service-discovery.address-list",
                "http://localhost:1," + server.baseUrl(), URL_PROPERTY, server.baseUrl());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** subscription-service answers {@code GET path} with this status and JSON (problem+json from 400) body. */
    public static void answer(String path, int status, Map<String, ?> body) {
        client().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .withBody(Json.write(body))));
    }

    /** {@code GET path} was asked with this Authorization header. */
    public static void verifyAskedWith(String path, String authorization) {
        client().verifyThat(getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo(authorization)));
    }

    private static WireMock client() {
        URI url = URI.create(ConfigProvider.getConfig().getValue(URL_PROPERTY, String.class));
        return WireMock.create().host(url.getHost()).port(url.getPort()).build();
    }
}

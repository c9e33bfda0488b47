package com.resellerplans.storefront;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.resellerplans.localservers.TestServers;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays order-service's {@code GET /internal/v1/orders/{id}} for the alias reconciliation (WireMock): a test
 * stubs an order's status ({@link #orderIs}; an order never stubbed is {@code ORDER_NOT_FOUND}, {@link #DOWN}
 * gets a bare 503 as from a failing neighbour), reads back the token the service called with
 * ({@link #tokenAskedWith}) or verifies that it was never asked. Tests reach it over WireMock's admin API,
 * because the test and this resource may not share classes. Also hands the service the test key to sign its
 * service tokens with. It is listed as the second of two instances, the first of which refuses every connection.
 */
public class OrderServiceDouble implements QuarkusTestResourceLifecycleManager {
    /** The status that makes the double answer like a failing order-service. */
    public static final String DOWN = "DOWN";
    private static final String URL_PROPERTY = "order-service-double.url";
    private static final String ORDERS = "/internal/v1/orders/";
    private static final int UNSTUBBED = 10;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("localhost").dynamicPort());
        server.start();
        server.stubFor(get(urlPathMatching(ORDERS + ".+")).atPriority(UNSTUBBED).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"code\":\"ORDER_NOT_FOUND\",\"detail\":\"No such order.\"}")));
        // a second instance that is down (nothing listens on port 1): every call must still reach this one
        return Map.of("quarkus.stork.order-service.service-discovery.address-list",
                "http://localhost:1," + server.baseUrl(), URL_PROPERTY, server.baseUrl(),
                "smallrye.jwt.sign.key.location", TestServers.keys().privateKeyPath().toAbsolutePath().toString());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** order-service answers that the order has this status from now on ({@link #DOWN}: a bare 503). */
    public static void orderIs(String orderId, String status) {
        client().register(get(urlPathEqualTo(ORDERS + orderId)).willReturn(DOWN.equals(status)
                ? aResponse().withStatus(503).withHeader("Content-Type", "text/plain")
                : okJson("{\"id\":\"" + orderId + "\",\"status\":\"" + status + "\"}")));
    }

    /** A bearer token order-service was asked about the order with; empty if it was never asked. */
    public static Optional<String> tokenAskedWith(String orderId) {
        List<LoggedRequest> asked = client().find(getRequestedFor(urlPathEqualTo(ORDERS + orderId)));
        return asked.stream().map(request -> request.getHeader("Authorization")).filter(Objects::nonNull)
                .map(authorization -> authorization.substring("Bearer ".length())).findFirst();
    }

    /** order-service was never asked about the order. */
    public static void verifyNeverAsked(String orderId) {
        client().verifyThat(0, getRequestedFor(urlPathEqualTo(ORDERS + orderId)));
    }

    private static WireMock client() {
        URI url = URI.create(ConfigProvider.getConfig().getValue(URL_PROPERTY, String.class));
        return WireMock.create().host(url.getHost()).port(url.getPort()).build();
    }
}

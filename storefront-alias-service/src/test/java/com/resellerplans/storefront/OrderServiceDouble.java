package com.resellerplans.storefront;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.WireMockNeighbour;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plays order-service's {@code GET /internal/v1/orders/{id}} for the alias reconciliation: a test stubs an
 * order's status ({@link #orderIs}; an order never stubbed is {@code ORDER_NOT_FOUND}, {@link #DOWN} gets a bare
 * 503 as from a failing neighbour), reads back the token the service called with ({@link #tokenAskedWith}) or
 * verifies that it was never asked. Also hands the service the test key to sign its service tokens with.
 */
public class OrderServiceDouble extends WireMockNeighbour {
    /** The status that makes the double answer like a failing order-service. */
    public static final String DOWN = "DOWN";

    private static final String NEIGHBOUR = "order-service";
    private static final String ORDERS = "/internal/v1/orders/";

    public OrderServiceDouble() {
        super(NEIGHBOUR);
    }

    @Override
    protected void stubDefaults(WireMockServer server) {
        server.stubFor(get(urlPathMatching(ORDERS + ".+"))
                .atPriority(DEFAULT_ANSWER)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"code\":\"ORDER_NOT_FOUND\",\"detail\":\"No such order.\"}")));
    }

    @Override
    protected Map<String, String> moreConfiguration() {
        return Map.of(
                "smallrye.jwt.sign.key.location",
                TestServers.keys().privateKeyPath().toAbsolutePath().toString());
    }

    /** order-service answers that the order has this status from now on ({@link #DOWN}: a bare 503). */
    public static void orderIs(String orderId, String status) {
        client().register(get(urlPathEqualTo(ORDERS + orderId))
                .willReturn(
                        DOWN.equals(status)
                                ? aResponse().withStatus(503).withHeader("Content-Type", "text/plain")
                                : okJson("{\"id\":\"" + orderId + "\",\"status\":\"" + status + "\"}")));
    }

    /** A bearer token order-service was asked about the order with; empty if it was never asked. */
    public static Optional<String> tokenAskedWith(String orderId) {
        List<LoggedRequest> asked = client().find(getRequestedFor(urlPathEqualTo(ORDERS + orderId)));
        return asked.stream()
                .map(request -> request.getHeader("Authorization"))
                .filter(Objects::nonNull)
                .map(authorization -> authorization.substring("Bearer ".length()))
                .findFirst();
    }

    /** order-service was never asked about the order. */
    public static void verifyNeverAsked(String orderId) {
        client().verifyThat(0, getRequestedFor(urlPathEqualTo(ORDERS + orderId)));
    }

    private static WireMock client() {
        return WireMockNeighbour.client(NEIGHBOUR);
    }
}

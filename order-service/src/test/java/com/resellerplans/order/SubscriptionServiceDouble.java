package com.resellerplans.order;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Json;
import com.resellerplans.localservers.WireMockNeighbour;
import java.util.Map;

/**
 * Plays subscription-service at its HTTP boundary: each test stubs the answers it needs and verifies the calls
 * it expects; a path no test stubbed answers 503 without a problem body, like a neighbour that is down.
 */
public class SubscriptionServiceDouble extends WireMockNeighbour {
    private static final String NEIGHBOUR = "subscription-service";

    public SubscriptionServiceDouble() {
        super(NEIGHBOUR);
    }

    @Override
    protected void stubDefaults(WireMockServer server) {
        server.stubFor(any(anyUrl())
                .atPriority(DEFAULT_ANSWER)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")));
    }

    /** subscription-service answers {@code GET path} with this status and JSON (problem+json from 400) body. */
    public static void answer(String path, int status, Map<String, ?> body) {
        client().register(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                        .withBody(Json.write(body))));
    }

    /** {@code GET path} was asked with this Authorization header. */
    public static void verifyAskedWith(String path, String authorization) {
        client().verifyThat(getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo(authorization)));
    }

    /** How many times {@code GET path} was asked. */
    public static int timesAsked(String path) {
        return client().find(getRequestedFor(urlPathEqualTo(path))).size();
    }

    private static WireMock client() {
        return WireMockNeighbour.client(NEIGHBOUR);
    }
}

package com.resellerplans.storefront;

import com.resellerplans.localservers.TestServers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays order-service's {@code GET /internal/v1/orders/{id}} for the alias reconciliation: a test tells it an
 * order's status ({@code PUT /orders/{id}} with the status as body; an order never told is {@code
 * ORDER_NOT_FOUND}, one told {@value #DOWN} gets a bare 503 as from a failing neighbour) and reads back the
 * token the service called with ({@code GET /tokens/{id}}). It is driven over HTTP because the test and this
 * resource may not share classes. Also hands the service the test key to sign its service tokens with. It is
 * listed as the second of two instances, the first of which refuses every connection.
 */
public class OrderServiceDouble implements QuarkusTestResourceLifecycleManager {
    /** Where a test tells the double what to answer. */
    public static final String URL_PROPERTY = "order-service-double.url";
    private static final String ORDERS = "/internal/v1/orders/";
    private static final String DOWN = "DOWN";

    private final Map<String, String> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the order-service double", e);
        }
        server.createContext("/orders/", exchange -> {
            String orderId = exchange.getRequestURI().getPath().substring("/orders/".length());
            statuses.put(orderId, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, 204, "", "application/json");
        });
        server.createContext("/tokens/", exchange -> send(exchange, 200,
                tokens.getOrDefault(exchange.getRequestURI().getPath().substring("/tokens/".length()), ""),
                "text/plain"));
        server.createContext(ORDERS, this::order);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        // a second instance that is down (nothing listens on port 1): every call must still reach this one
        return Map.of("quarkus.stork.order-service.service-discovery.address-list", "http://localhost:1," + url,
                URL_PROPERTY, url,
                "smallrye.jwt.sign.key.location", TestServers.keys().privateKeyPath().toAbsolutePath().toString());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void order(HttpExchange exchange) throws IOException {
        String orderId = exchange.getRequestURI().getPath().substring(ORDERS.length());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        tokens.put(orderId, authorization == null ? "" : authorization.substring("Bearer ".length()));
        String status = statuses.get(orderId);
        if (DOWN.equals(status)) {
            send(exchange, 503, "", "text/plain");
        } else if (status == null) {
            send(exchange, 404, "{\"status\":404,\"code\":\"ORDER_NOT_FOUND\",\"detail\":\"No such order.\"}",
                    "application/problem+json");
        } else {
            send(exchange, 200, "{\"id\":\"" + orderId + "\",\"status\":\"" + status + "\"}", "application/json");
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

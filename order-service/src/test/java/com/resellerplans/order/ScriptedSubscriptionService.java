package com.resellerplans.order;

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
 * Stands in for subscription-service at its HTTP boundary, answering what a test scripted for a path; a path
 * nobody scripted answers 503 without a problem body, like a neighbour that is down. Tests script it over HTTP
 * ({@code PUT /script/<path>} with {@code X-Status}) and read the {@code Authorization} a path was last called
 * with ({@code GET /authorization/<path>}), because the test and this resource may not share classes. It is
 * listed as the second of two instances, the first of which refuses every connection.
 */
public class ScriptedSubscriptionService implements QuarkusTestResourceLifecycleManager {
    /** Where the scripts go: the instance that answers. */
    static final String URL_PROPERTY = "scripted-subscription-service.url";
    private static final String SCRIPT = "/script";
    private static final String AUTHORIZATION = "/authorization";

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the scripted subscription-service", e);
        }
        server.createContext("/", this::handle);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        // a second instance that is down (nothing listens on port 1): every call must still reach this one
        return Map.of("quarkus.stork.subscription-service.service-discovery.address-list", "http://localhost:1," + url,
                URL_PROPERTY, url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("PUT".equals(exchange.getRequestMethod()) && path.startsWith(SCRIPT)) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(exchange.getRequestHeaders().getFirst("X-Status"));
            answers.put(path.substring(SCRIPT.length()), new Answer(status, body));
            respond(exchange, new Answer(204, ""));
            return;
        }
        if (path.startsWith(AUTHORIZATION)) {
            respond(exchange, new Answer(200, authorizations.getOrDefault(path.substring(AUTHORIZATION.length()), "")));
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.put(path, authorization == null ? "" : authorization);
        respond(exchange, answers.getOrDefault(path, new Answer(503, "")));
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.status() >= 400) {
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Answer(int status, String body) {
    }
}

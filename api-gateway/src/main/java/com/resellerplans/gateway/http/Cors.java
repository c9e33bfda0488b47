package com.resellerplans.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * CORS for the configured frontend origins only: their requests get the {@code Access-Control-*}
 * headers and their preflights are answered here (never forwarded); any other origin gets no CORS
 * header at all, so the browser keeps its answers from the page.
 */
public final class Cors implements Handler<RoutingContext> {

    private static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Idempotency-Key, X-Request-Id";
    private static final String EXPOSED_HEADERS = "X-Request-Id, Retry-After, Location, Idempotency-Replayed";
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    public Cors(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !origins.contains(origin)) {
            ctx.next();
            return;
        }
        var response = ctx.response();
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin).putHeader(HttpHeaders.VARY, "Origin");
        boolean preflight = HttpMethod.OPTIONS.equals(ctx.request().method())
                && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!preflight) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
            ctx.next();
            return;
        }
        response.setStatusCode(204)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS)
                .end();
    }
}

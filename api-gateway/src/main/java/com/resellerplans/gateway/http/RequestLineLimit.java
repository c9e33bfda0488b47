package com.resellerplans.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose request line ({@code METHOD SP target SP version}) is longer than the limit with 414
 * problem+json. The HTTP codec's own limit ({@code quarkus.http.limits.max-initial-line-length}) is set higher, so
 * that a line between the two reaches this handler rather than the codec's bare 414.
 */
public final class RequestLineLimit implements Handler<RoutingContext> {

    /** What HTTP/1.1 adds to method and target (HTTP/2 has no request line: its requests are measured the same). */
    private static final int SPACES_AND_VERSION = "  HTTP/1.1".length();

    private final int maxLength;

    public RequestLineLimit(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        int length = request.method().name().length() + request.uri().length() + SPACES_AND_VERSION;
        if (length > maxLength) {
            // the body is not read: close the connection rather than leave it unread on a kept-alive one
            ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            Problems.send(
                    ctx.response(),
                    414,
                    "URI_TOO_LONG",
                    "The request line is longer than " + maxLength + " characters.");
            return;
        }
        ctx.next();
    }
}

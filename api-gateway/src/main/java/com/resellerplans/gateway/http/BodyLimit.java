package com.resellerplans.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared body is larger than the limit with 413 problem+json, before
 * anything is forwarded. (Quarkus's own check answers an empty 413; this one runs first.)
 */
public final class BodyLimit implements Handler<RoutingContext> {

    private final long maxBytes;

    public BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            // the body is not read: close the connection rather than leave it unread on a kept-alive one
            ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            refuse(ctx, maxBytes);
            return;
        }
        ctx.next();
    }

    /** Answers 413 problem+json. */
    public static void refuse(RoutingContext ctx, long maxBytes) {
        Problems.send(ctx.response(), 413, "BODY_TOO_LARGE", "The request body is larger than " + maxBytes + " bytes.");
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException notANumber) {
            return false; // the HTTP codec has already refused a malformed Content-Length
        }
    }
}

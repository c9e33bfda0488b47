package com.resellerplans.gateway.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * The gateway's own refusals as RFC 9457 {@code application/problem+json} documents, shaped like the
 * services' ones ({@code type}, {@code title}, {@code status}, {@code code}, {@code detail}).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    private static final String SERVICE_UNAVAILABLE_DETAIL =
            "The service behind this route is not answering; try again shortly.";
    private static final String TYPE_BASE = "https://docs.reseller-plans.example/problems/";

    private Problems() {}

    /** The problem document's bytes. */
    public static Buffer body(int status, String code, String detail) {
        return new JsonObject()
                .put("type", TYPE_BASE + code.toLowerCase().replace('_', '-'))
                .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("status", status)
                .put("code", code)
                .put("detail", detail)
                .toBuffer();
    }

    /** Ends the response with the problem, unless something was already written to it. */
    public static void send(HttpServerResponse response, int status, String code, String detail) {
        if (response.headWritten()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body(status, code, detail));
    }

    public static void notFound(HttpServerResponse response) {
        send(response, 404, "NOT_FOUND", "No such resource.");
    }

    /** 401 with the challenge that tells the client which scheme to use. */
    public static void unauthenticated(HttpServerResponse response, String detail) {
        response.putHeader("WWW-Authenticate", "Bearer");
        send(response, 401, "UNAUTHENTICATED", detail);
    }

    public static void forbidden(HttpServerResponse response, String detail) {
        send(response, 403, "FORBIDDEN", detail);
    }

    /** 429 with the whole seconds after which the caller may try again. */
    public static void tooManyRequests(HttpServerResponse response, long retryAfterSeconds) {
        response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        send(response, 429, "RATE_LIMITED", "Too many requests; try again in " + retryAfterSeconds + " s.");
    }

    public static void serviceUnavailable(HttpServerResponse response) {
        send(response, 503, SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_DETAIL);
    }

    public static Buffer serviceUnavailableBody() {
        return body(503, SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_DETAIL);
    }
}

package com.resellerplans.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id} (the caller's if it is a sane token, else a new UUID),
 * echoes it on every response, puts it in the logging MDC ({@code requestId}) and writes one access-log line
 * per request carrying it.
 */
public final class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "gateway.request-id";
    private static final String MDC_KEY = "requestId";
    // a caller-chosen id goes into logs and downstream headers: accept only short, plain tokens
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger LOG = Logger.getLogger(RequestIds.class);

    /** The request id of this exchange. */
    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        // Quarkus keeps the MDC in the request's Vert.x context: every log line of this exchange carries it
        MDC.put(MDC_KEY, id);
        long start = System.nanoTime();
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(HEADER, id));
        ctx.addEndHandler(ignored -> LOG.infof(
                "%s %s -> %s in %d ms [%s=%s]",
                ctx.request().method(),
                ctx.request().path(),
                outcome(ctx),
                (System.nanoTime() - start) / 1_000_000,
                HEADER,
                id));
        ctx.next();
    }

    /**
     * The status the caller was sent, or what happened instead: the connection (or HTTP/2 stream) closed before
     * the answer was complete. Vert.x calls the end handlers on a close too, with the status still unsent.
     */
    private static String outcome(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return Integer.toString(response.getStatusCode());
        }
        return response.headWritten()
                ? response.getStatusCode() + " cut off (the connection closed first)"
                : "no answer (the connection closed first)";
    }
}

package com.resellerplans.gateway.routing;

import com.resellerplans.gateway.config.GatewayConfig;
import com.resellerplans.gateway.http.BodyLimit;
import com.resellerplans.gateway.http.Cors;
import com.resellerplans.gateway.http.Problems;
import com.resellerplans.gateway.http.RequestIds;
import com.resellerplans.gateway.http.RequestLineLimit;
import com.resellerplans.gateway.identity.TokenVerifier;
import com.resellerplans.gateway.limits.RateLimits;
import com.resellerplans.gateway.openapi.AsyncApiDocument;
import com.resellerplans.gateway.openapi.PartnerDocsUi;
import com.resellerplans.gateway.openapi.PartnerDocuments;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Installs the gateway on Quarkus's router: request ids and the body limit on every request, then
 * for the public API families route lookup, token verification, the coarse role check and
 * the per-caller rate limits and forwarding; CORS for the configured origins; and the partner OpenAPI and
 * AsyncAPI documents (no token). Every refusal is problem+json; anything
 * the table does not name is a 404.
 */
@ApplicationScoped
public class GatewayRouter {

    /** Runs before every other handler, including Quarkus's own body-size check (order -2). */
    private static final int REQUEST_ID_ORDER = -100;

    private static final int REQUEST_LINE_LIMIT_ORDER = -95;
    private static final int BODY_LIMIT_ORDER = -90;
    private static final int CORS_ORDER = -80;
    private static final String[] API_FAMILIES = {"/bss/*", "/storefront/*", "/public/*"};
    // encoded separators would let a backend see a different path than the one the table matched
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("(?i)%2f|%5c|\\\\");

    private static final Logger LOG = Logger.getLogger(GatewayRouter.class);

    private final TokenVerifier verifier;
    private final BackendForwarder forwarder;
    private final PartnerDocuments documents;
    private final AsyncApiDocument asyncApi;
    private final RateLimits rateLimits;
    private final GatewayConfig config;

    public GatewayRouter(
            TokenVerifier verifier,
            BackendForwarder forwarder,
            PartnerDocuments documents,
            AsyncApiDocument asyncApi,
            RateLimits rateLimits,
            GatewayConfig config) {
        this.verifier = verifier;
        this.forwarder = forwarder;
        this.documents = documents;
        this.asyncApi = asyncApi;
        this.rateLimits = rateLimits;
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(REQUEST_ID_ORDER).handler(new RequestIds());
        router.route().order(REQUEST_LINE_LIMIT_ORDER).handler(new RequestLineLimit(config.maxRequestLineLength()));
        router.route()
                .order(BODY_LIMIT_ORDER)
                .handler(new BodyLimit(config.maxBodySize().asLongValue()));
        List<String> origins = config.cors().origins().orElse(List.of());
        if (!origins.isEmpty()) {
            router.route().order(CORS_ORDER).handler(new Cors(Set.copyOf(origins)));
        }
        for (String family : API_FAMILIES) {
            router.route(family).handler(this::route);
        }
        router.get("/openapi/bss").handler(ctx -> serve(ctx, documents.bss()));
        router.get("/openapi/storefront").handler(ctx -> serve(ctx, documents.storefront()));
        PartnerDocsUi.mount(router);
        router.get("/asyncapi")
                .handler(ctx -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, AsyncApiDocument.MEDIA_TYPE)
                        .end(asyncApi.yaml()));
        router.errorHandler(404, ctx -> Problems.notFound(ctx.response()));
        router.errorHandler(405, ctx -> {
            // the API families take every method (the services answer their own 405s): what is left is a GET route
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET");
            Problems.send(ctx.response(), 405, "METHOD_NOT_ALLOWED", "This method is not allowed here.");
        });
        router.errorHandler(500, GatewayRouter::internalError);
    }

    private static void internalError(RoutingContext ctx) {
        LOG.errorf(
                ctx.failure(),
                "Failed %s %s [%s=%s]",
                ctx.request().method(),
                ctx.request().path(),
                RequestIds.HEADER,
                RequestIds.of(ctx));
        Problems.send(ctx.response(), 500, "INTERNAL_ERROR", "Something went wrong on our side; it has been logged.");
    }

    private void route(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Optional<Route> found = ENCODED_SEPARATOR.matcher(path).find() ? Optional.empty() : Routes.find(path);
        if (found.isEmpty()) {
            Problems.notFound(ctx.response());
            return;
        }
        Route route = found.get();
        if (!route.access().needsToken(ctx.request().method())) {
            forwardWithinLimit(ctx, route, path, null);
            return;
        }
        // keep the body buffered while the token is checked off the event loop
        ctx.request().pause();
        verifier.verify(ctx.request().getHeader(HttpHeaders.AUTHORIZATION)).onComplete(verified -> {
            if (verified.failed()) {
                refuse(ctx, () -> Problems.unauthenticated(ctx.response(), safeMessage(verified.cause())));
                return;
            }
            JsonWebToken token = verified.result();
            Optional<String> refusal = route.access().refusal(token);
            if (refusal.isPresent()) {
                refuse(ctx, () -> Problems.forbidden(ctx.response(), refusal.get()));
            } else {
                forwardWithinLimit(ctx, route, path, token);
            }
        });
    }

    /** Forwards the call unless its caller is past its budget on a rate-limited route (then 429). */
    private void forwardWithinLimit(RoutingContext ctx, Route route, String path, JsonWebToken tokenOrNull) {
        OptionalLong retryAfter =
                rateLimits.retryAfterSeconds(ctx.request().method(), path, tokenOrNull, remoteAddress(ctx));
        if (retryAfter.isPresent()) {
            refuse(ctx, () -> Problems.tooManyRequests(ctx.response(), retryAfter.getAsLong()));
        } else {
            forwarder.forward(ctx, route.service());
        }
    }

    private static void serve(RoutingContext ctx, Future<JsonObject> document) {
        document.onSuccess(json -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(json.toBuffer()))
                .onFailure(ctx::fail);
    }

    /** Answers without reading the body: discard it so the connection can serve the next request. */
    private static void refuse(RoutingContext ctx, Runnable answer) {
        ctx.request().resume();
        answer.run();
    }

    private static String remoteAddress(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    private static String safeMessage(Throwable failure) {
        return failure instanceof TokenVerifier.InvalidTokenException
                ? failure.getMessage()
                : "The bearer token could not be verified.";
    }
}

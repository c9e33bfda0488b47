package com.resellerplans.gateway.routing;

import com.resellerplans.gateway.config.GatewayConfig;
import com.resellerplans.gateway.http.BodyLimit;
import com.resellerplans.gateway.http.Problems;
import com.resellerplans.gateway.http.RequestIds;
import com.resellerplans.gateway.openapi.AllowedMethods;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Forwards a request to its backend with vertx-http-proxy over the {@link Backends} client: path and
 * query as received (normalised), every end-to-end header (so {@code Authorization} reaches the
 * service untouched) plus the {@code X-Request-Id}. A backend that cannot be reached, or stays
 * silent, is a 503 problem; a backend failure that is not a problem document is replaced by one, so
 * no stack trace or error page of a service ever leaves the gateway.
 */
@ApplicationScoped
public class BackendForwarder {

    private static final Logger LOG = Logger.getLogger(BackendForwarder.class);

    private final Backends backends;
    private final long maxBodyBytes;
    private final OpenTelemetry telemetry;
    private final AllowedMethods allowedMethods;

    public BackendForwarder(
            Backends backends, GatewayConfig config, OpenTelemetry telemetry, AllowedMethods allowedMethods) {
        this.backends = backends;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.telemetry = telemetry;
        this.allowedMethods = allowedMethods;
    }

    /** Sends the exchange to the service and its answer back to the caller. */
    public void forward(RoutingContext ctx, Service service) {
        String requestId = RequestIds.of(ctx);
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(ctx.request());
        proxyRequest.headers().set(RequestIds.HEADER, requestId);
        // the proxy copies the caller's traceparent; the service's span must hang off the gateway's own span
        telemetry
                .getPropagators()
                .getTextMapPropagator()
                .inject(Context.current(), proxyRequest.headers(), MultiMap::set);
        AtomicBoolean tooLarge = new AtomicBoolean();
        // the normalised path is the one the routing table matched: the service must see that one
        backends.request(service, ctx.request().method(), ctx.normalizedPath() + query(ctx))
                .compose(backendRequest -> {
                    proxyRequest.setURI(backendRequest.getURI());
                    // a reset (body too large, caller gone mid-body) fails the exchange below, which says what
                    // happened; without a handler Vert.x would log it as an unhandled error
                    backendRequest.exceptionHandler(reset -> LOG.debugf("Backend request reset: %s", reset));
                    capUndeclaredBody(proxyRequest, () -> {
                        tooLarge.set(true);
                        backendRequest.reset();
                    });
                    return proxyRequest.send(backendRequest);
                })
                .compose(response -> withAllow(response, ctx.normalizedPath()))
                .compose(response -> shield(response, service, requestId).send())
                .onFailure(failure -> {
                    // a body read to its end has nothing left to drain (and HTTP/2 refuses to resume its stream)
                    if (!ctx.request().isEnded()) {
                        proxyRequest.release();
                    }
                    if (tooLarge.get()) {
                        BodyLimit.refuse(ctx, maxBodyBytes);
                        return;
                    }
                    if (ctx.response().closed()) {
                        // the proxy gives up on the backend once its caller is gone: not the service's failure
                        LOG.infof(
                                "The caller went away before %s answered %s %s [%s=%s]",
                                service, ctx.request().method(), ctx.normalizedPath(), RequestIds.HEADER, requestId);
                        return;
                    }
                    LOG.warnf(
                            "%s did not answer %s %s [%s=%s]: %s",
                            service,
                            ctx.request().method(),
                            ctx.normalizedPath(),
                            RequestIds.HEADER,
                            requestId,
                            failure.toString());
                    if (ctx.response().headWritten()) {
                        ctx.request().connection().close();
                    } else {
                        Problems.serviceUnavailable(ctx.response());
                    }
                });
    }

    /** A declared length was checked by {@link BodyLimit} already; a chunked body is counted on its way. */
    private void capUndeclaredBody(ProxyRequest proxyRequest, Runnable onOverflow) {
        Body body = proxyRequest.getBody();
        if (body != null && body.length() < 0) {
            proxyRequest.setBody(Body.body(new CappedBody(body.stream(), maxBodyBytes, onOverflow), -1));
        }
    }

    /**
     * A 405 answer names the methods the partner documents give for the path (RFC 9110 requires {@code Allow};
     * the services' 405s carry none).
     */
    private Future<ProxyResponse> withAllow(ProxyResponse response, String path) {
        if (response.getStatusCode() != 405 || response.headers().contains(HttpHeaders.ALLOW)) {
            return Future.succeededFuture(response);
        }
        return allowedMethods.allowFor(path).map(allow -> {
            allow.ifPresent(methods -> response.headers().set(HttpHeaders.ALLOW, methods));
            return response;
        });
    }

    /** A 5xx answer that is not a problem document (an error page, a stack trace) becomes the gateway's own. */
    private static ProxyResponse shield(ProxyResponse response, Service service, String requestId) {
        int status = response.getStatusCode();
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (status < 500 || (type != null && type.startsWith(Problems.MEDIA_TYPE))) {
            return response;
        }
        LOG.warnf("%s answered %d without a problem document [%s=%s]", service, status, RequestIds.HEADER, requestId);
        response.getBody().stream().handler(ignored -> {}).resume(); // drain it, freeing the pooled connection
        response.headers()
                .remove(HttpHeaders.CONTENT_LENGTH)
                .remove(HttpHeaders.TRANSFER_ENCODING)
                .set(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
        boolean unavailable = status == 503;
        return response.setStatusCode(unavailable ? 503 : 502)
                .setStatusMessage(unavailable ? "Service Unavailable" : "Bad Gateway")
                .setBody(Body.body(
                        unavailable
                                ? Problems.serviceUnavailableBody()
                                : Problems.body(
                                        502, "BAD_GATEWAY", "The service behind this route failed; it was logged.")));
    }

    private static String query(RoutingContext ctx) {
        String query = ctx.request().query();
        return query == null ? "" : "?" + query;
    }
}

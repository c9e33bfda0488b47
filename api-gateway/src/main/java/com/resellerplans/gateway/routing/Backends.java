package com.resellerplans.gateway.routing;

import com.resellerplans.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;

/**
 * The one HTTP client towards the backend services: a bounded pool per service, connect and idle
 * timeouts from {@code gateway.backend.*}, each service at its configured base URL.
 */
@ApplicationScoped
public class Backends {

    private final HttpClient client;
    private final GatewayConfig config;

    public Backends(Vertx vertx, GatewayConfig config) {
        this.config = config;
        GatewayConfig.Backend backend = config.backend();
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) backend.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(backend.poolSize()).setMaxWaitQueueSize(backend.waitQueueSize()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A request to the service for {@code uri} (path and query as the service sees them). */
    public Future<HttpClientRequest> request(Service service, HttpMethod method, String uri) {
        URI base = service.baseUrl(config.services());
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        return client.request(new RequestOptions()
                .setMethod(method)
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : tls ? 443 : 80)
                .setSsl(tls)
                .setURI(basePath(base) + uri)
                .setConnectTimeout(config.backend().connectTimeout().toMillis())
                .setIdleTimeout(config.backend().idleTimeout().toMillis()));
    }

    private static String basePath(URI base) {
        String path = base.getRawPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }
}

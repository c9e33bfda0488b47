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
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The one HTTP client towards the backend services: a bounded pool per instance, connect and idle timeouts from
 * {@code gateway.backend.*}. Each request goes to the service's instance whose turn it is; one that cannot be
 * connected to (nothing was sent yet) hands the request to the next, and only when none connects does it fail.
 */
@ApplicationScoped
public class Backends {
    private static final Logger LOG = Logger.getLogger(Backends.class);

    private final HttpClient client;
    private final GatewayConfig config;
    private final Map<Service, Instances> instances = new EnumMap<>(Service.class);

    public Backends(Vertx vertx, GatewayConfig config) {
        this.config = config;
        GatewayConfig.Backend backend = config.backend();
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) backend.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(backend.poolSize()).setMaxWaitQueueSize(backend.waitQueueSize()));
        for (Service service : Service.values()) {
            instances.put(
                    service,
                    new Instances(service.instances(config.services()), backend.unreachableRest(), System::nanoTime));
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A request to the service for {@code uri} (path and query as the service sees them), connected. */
    public Future<HttpClientRequest> request(Service service, HttpMethod method, String uri) {
        Instances serviceInstances = instances.get(service);
        return firstToConnect(
                service, serviceInstances, serviceInstances.inTurn().iterator(), method, uri);
    }

    private Future<HttpClientRequest> firstToConnect(
            Service service, Instances serviceInstances, Iterator<URI> candidates, HttpMethod method, String uri) {
        URI instance = candidates.next();
        return client.request(options(instance, method, uri))
                .onSuccess(connected -> serviceInstances.connected(instance))
                .recover(failure -> {
                    serviceInstances.unreachable(instance);
                    if (!candidates.hasNext()) {
                        return Future.failedFuture(failure);
                    }
                    LOG.infof("%s instance %s could not be reached (%s): trying the next", service, instance, failure);
                    return firstToConnect(service, serviceInstances, candidates, method, uri);
                });
    }

    private RequestOptions options(URI base, HttpMethod method, String uri) {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        return new RequestOptions()
                .setMethod(method)
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : tls ? 443 : 80)
                .setSsl(tls)
                .setURI(basePath(base) + uri)
                .setConnectTimeout(config.backend().connectTimeout().toMillis())
                .setIdleTimeout(config.backend().idleTimeout().toMillis());
    }

    private static String basePath(URI base) {
        String path = base.getRawPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }
}

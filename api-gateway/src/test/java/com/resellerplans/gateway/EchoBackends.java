package com.resellerplans.gateway;

import com.resellerplans.gateway.routing.Routes;
import com.resellerplans.gateway.routing.Service;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real HTTP peers standing in for the instances of the four services, on the ports the gateway is configured
 * with. Each answers with what it received: its own name and instance URL, method, path, query, Authorization and
 * X-Request-Id and Idempotency-Key headers and the body's length (a call with an Idempotency-Key
 * is answered as a replay). A path ending in {@code /boom} answers an HTML 500
 * (a service leaking an error page); one ending in {@code /silent} never answers (and keeps the request
 * id it holds); one ending in {@code /hang-up} closes the connection unanswered (a service dying mid-call);
 * {@code /q/openapi} is the service's OpenAPI document. A TRACE, which no service serves, answers 405 as RESTEasy
 * Reactive does: a problem without {@code Allow}.
 */
final class EchoBackends {

    private static final Vertx VERTX = Vertx.vertx();
    private static final Map<URI, HttpServer> RUNNING = new HashMap<>();
    private static final Set<String> HELD_SILENTLY = ConcurrentHashMap.newKeySet();

    private EchoBackends() {}

    /** Starts every instance of every backend that is not running. */
    static synchronized void startAll() {
        for (Service service : Service.values()) {
            for (URI instance : instances(service)) {
                if (!RUNNING.containsKey(instance)) {
                    RUNNING.put(instance, listen(service, instance));
                }
            }
        }
    }

    /** Stops every instance of one backend, as if that service were down. */
    static synchronized void stop(Service service) {
        instances(service).forEach(EchoBackends::stop);
    }

    /** Stops one instance of a backend (its position in the configured list), as if that one had died. */
    static synchronized void stop(Service service, int instance) {
        stop(instances(service).get(instance));
    }

    /** The instances of the service the gateway is configured with, in order. */
    static List<URI> instances(Service service) {
        return ConfigProvider.getConfig()
                .getValues("gateway.services." + service.name().toLowerCase(), URI.class);
    }

    /** The request ids of the calls a {@code /silent} path received and holds unanswered. */
    static Set<String> heldSilently() {
        return HELD_SILENTLY;
    }

    private static void stop(URI instance) {
        HttpServer server = RUNNING.remove(instance);
        if (server != null) {
            await(server.close().toCompletionStage().toCompletableFuture());
        }
    }

    private static HttpServer listen(Service service, URI instance) {
        HttpServer server = VERTX.createHttpServer().requestHandler(request -> answer(service, instance, request));
        return await(server.listen(instance.getPort(), "localhost")
                .toCompletionStage()
                .toCompletableFuture());
    }

    private static void answer(Service service, URI instance, HttpServerRequest request) {
        if (request.path().endsWith("/silent")) {
            HELD_SILENTLY.add(request.getHeader("X-Request-Id"));
            return;
        }
        if (request.path().endsWith("/hang-up")) {
            request.connection().close();
            return;
        }
        request.body().onSuccess(body -> {
            if (request.path().equals("/q/openapi")) {
                request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(openApi(service).encode());
                return;
            }
            if (request.method() == HttpMethod.TRACE) {
                request.response()
                        .setStatusCode(405)
                        .putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject()
                                .put("status", 405)
                                .put("code", "METHOD_NOT_ALLOWED")
                                .encode());
                return;
            }
            if (request.path().endsWith("/boom")) {
                request.response()
                        .setStatusCode(500)
                        .putHeader("Content-Type", "text/html")
                        .end("<html>java.lang.IllegalStateException\n"
                                + "\tat com.example.Secret.method(Secret.java:42)</html>");
                return;
            }
            JsonObject echo = new JsonObject()
                    .put("service", service.name())
                    .put("instance", instance.toString())
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("bodyLength", body.length())
                    .put("idempotencyKey", request.getHeader("Idempotency-Key"));
            if (request.getHeader("Idempotency-Key") != null) {
                // as a service answers a repeated key: with the first answer, marked as replayed
                request.response().putHeader("Idempotency-Replayed", "true");
            }
            request.response().putHeader("Content-Type", "application/json").end(echo.encode());
        });
    }

    /**
     * The service's OpenAPI document: one operation per route prefix the gateway sends it, plus paths
     * the gateway must not publish (internal ones, and one another service serves).
     */
    private static JsonObject openApi(Service service) {
        JsonObject paths = new JsonObject()
                .put("/internal/v1/" + service.name().toLowerCase(), operation(service))
                .put("/q/health", operation(service));
        Routes.all().stream()
                .filter(route -> route.service() == service)
                .forEach(route -> paths.put(route.prefix(), operation(service)));
        if (service == Service.SUBSCRIPTION) {
            paths.put("/bss/v1/subscriptions/{id}/upgrade", operation(service));
        }
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("paths", paths)
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
                                                .put(
                                                        service.name() + "View",
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put(
                                                                        "properties",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "id",
                                                                                        new JsonObject()
                                                                                                .put("type", "string"))
                                                                                .put(
                                                                                        "page",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "$ref",
                                                                                                        ref(
                                                                                                                service
                                                                                                                                .name()
                                                                                                                        + "Page")))))
                                                .put(
                                                        service.name() + "Page",
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put(
                                                                        "properties",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "items",
                                                                                        new JsonObject()
                                                                                                .put("type", "array"))
                                                                                .put(
                                                                                        "nextCursor",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "type",
                                                                                                        "string"))))
                                                .put(
                                                        service.name() + "Request",
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put("required", new JsonArray().add("name"))
                                                                .put(
                                                                        "properties",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "name",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "type",
                                                                                                        "string"))))
                                                .put(
                                                        "Internal" + service.name() + "View",
                                                        new JsonObject().put("type", "object"))
                                                .put("Problem", new JsonObject().put("type", "object"))))
                .put(
                        "tags",
                        new JsonArray()
                                .add(new JsonObject().put("name", service.name()))
                                .add(new JsonObject()
                                        .put("name", "Shared")
                                        .put("description", "by " + service.name())));
    }

    /** A read answering the service's view, and a create taking its request. */
    private static JsonObject operation(Service service) {
        return new JsonObject()
                .put(
                        "get",
                        new JsonObject()
                                .put("summary", "served by " + service.name())
                                .put("tags", new JsonArray().add("Shared"))
                                .put(
                                        "parameters",
                                        new JsonArray()
                                                .add(new JsonObject()
                                                        .put("name", "limit")
                                                        .put("in", "query")
                                                        .put("schema", new JsonObject().put("type", "integer"))))
                                .put(
                                        "responses",
                                        new JsonObject()
                                                .put(
                                                        "200",
                                                        new JsonObject()
                                                                .put("description", "ok")
                                                                .put(
                                                                        "content",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "application/json",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "schema",
                                                                                                        new JsonObject()
                                                                                                                .put(
                                                                                                                        "$ref",
                                                                                                                        ref(
                                                                                                                                service
                                                                                                                                                .name()
                                                                                                                                        + "View"))))))))
                .put(
                        "post",
                        new JsonObject()
                                .put("summary", "created by " + service.name())
                                .put(
                                        "requestBody",
                                        new JsonObject()
                                                .put(
                                                        "content",
                                                        new JsonObject()
                                                                .put(
                                                                        "application/json",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "schema",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "$ref",
                                                                                                        ref(
                                                                                                                service
                                                                                                                                .name()
                                                                                                                        + "Request")))))));
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("An echo backend did not start or stop", e);
        }
    }
}

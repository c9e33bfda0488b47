package com.resellerplans.gateway.openapi;

import com.resellerplans.gateway.routing.Backends;
import com.resellerplans.gateway.routing.Service;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds {@code /openapi/bss} and {@code /openapi/storefront} from the services' own OpenAPI
 * documents ({@code /q/openapi?format=json}, fetched on each call): the family's public paths, the
 * components and tags they bring. A service that does not answer is left out and named in
 * {@code x-unavailable-services}; the document is still served.
 */
@ApplicationScoped
public class PartnerDocuments {

    private static final String SERVICE_DOCUMENT = "/q/openapi?format=json";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Logger LOG = Logger.getLogger(PartnerDocuments.class);

    private final Backends backends;

    public PartnerDocuments(Backends backends) {
        this.backends = backends;
    }

    /** The BSS API document. */
    public Future<JsonObject> bss() {
        return document(ApiFamily.BSS);
    }

    /** The Storefront API document, with the public storefront routes. */
    public Future<JsonObject> storefront() {
        return document(ApiFamily.STOREFRONT);
    }

    private Future<JsonObject> document(ApiFamily family) {
        List<Service> services = new ArrayList<>(family.services());
        List<Future<JsonObject>> fetched = services.stream().map(this::fetch).toList();
        return Future.join(fetched).transform(ignored -> {
            JsonObject merged = skeleton(family);
            for (int i = 0; i < services.size(); i++) {
                Future<JsonObject> document = fetched.get(i);
                if (document.succeeded()) {
                    mergeInto(merged, family, services.get(i), document.result());
                } else {
                    merged.getJsonArray("x-unavailable-services").add(services.get(i).name().toLowerCase());
                }
            }
            return Future.succeededFuture(merged);
        });
    }

    private Future<JsonObject> fetch(Service service) {
        return backends.request(service, HttpMethod.GET, SERVICE_DOCUMENT)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body().map(Buffer::toJsonObject)
                        : Future.failedFuture("status " + response.statusCode()))
                .onFailure(failure -> LOG.warnf("No OpenAPI document from %s: %s", service, failure.getMessage()));
    }

    private static JsonObject skeleton(ApiFamily family) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", family.title).put("version", "v1")
                        .put("description", family.description))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put(CommonRefusals.PROBLEM_SCHEMA, CommonRefusals.problemSchema())))
                .put("tags", new JsonArray())
                .put("x-unavailable-services", new JsonArray());
    }

    private static void mergeInto(JsonObject merged, ApiFamily family, Service service, JsonObject document) {
        merged.put("openapi", document.getString("openapi", merged.getString("openapi")));
        JsonObject paths = merged.getJsonObject("paths");
        document.getJsonObject("paths", new JsonObject()).forEach(path -> {
            if (family.publishes(path.getKey(), service) && path.getValue() instanceof JsonObject operations) {
                operations.forEach(operation -> {
                    if (operation.getValue() instanceof JsonObject described
                            && HTTP_METHODS.contains(operation.getKey())) {
                        CommonRefusals.addTo(path.getKey(), operation.getKey(), described);
                    }
                });
                paths.put(path.getKey(), operations);
            }
        });
        JsonObject components = merged.getJsonObject("components");
        document.getJsonObject("components", new JsonObject()).forEach(section -> {
            if (section.getValue() instanceof JsonObject entries) {
                JsonObject target = components.getJsonObject(section.getKey(), new JsonObject());
                entries.forEach(entry -> target.getMap().putIfAbsent(entry.getKey(), entry.getValue()));
                components.put(section.getKey(), target);
            }
        });
        JsonArray tags = merged.getJsonArray("tags");
        document.getJsonArray("tags", new JsonArray()).forEach(tag -> {
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        });
    }
}

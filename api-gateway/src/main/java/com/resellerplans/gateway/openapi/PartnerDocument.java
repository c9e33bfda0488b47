package com.resellerplans.gateway.openapi;

import com.resellerplans.gateway.routing.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One partner document merged from the services' own OpenAPI documents: the family's public paths with the
 * common refusals and headers ({@link CommonRefusals}), only the components those paths use, each tag once, and
 * the schemas as strict as the wire ({@link PartnerSchemas}). The same merge serves {@code /openapi/*} and writes
 * the committed copies at build time ({@link PartnerDocumentFiles}).
 */
final class PartnerDocument {

    /** The operations a path item may hold, in the order an {@code Allow} header lists them. */
    static final List<String> HTTP_METHODS = List.of("get", "head", "post", "put", "patch", "delete", "options");

    private PartnerDocument() {}

    /**
     * The family's document from the documents of those of its services that answered; the others are named in
     * {@code x-unavailable-services}.
     */
    static JsonObject merge(ApiFamily family, Map<Service, JsonObject> documents) {
        JsonObject merged = skeleton(family);
        for (Service service : family.services()) {
            JsonObject document = documents.get(service);
            if (document == null) {
                merged.getJsonArray("x-unavailable-services").add(service.name().toLowerCase());
            } else {
                mergeInto(merged, family, service, document);
            }
        }
        PartnerSchemas.tighten(merged);
        keepUsedTags(merged);
        return merged;
    }

    /** Drops the tags of operations left out (the services' internal ones). */
    private static void keepUsedTags(JsonObject merged) {
        Set<Object> used = new HashSet<>();
        merged.getJsonObject("paths")
                .forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
                    if (operation.getValue() instanceof JsonObject described) {
                        used.addAll(
                                described.getJsonArray("tags", new JsonArray()).getList());
                    }
                }));
        merged.getJsonArray("tags").getList().removeIf(tag -> !used.contains(((JsonObject) tag).getString("name")));
    }

    private static JsonObject skeleton(ApiFamily family) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put(
                        "info",
                        new JsonObject()
                                .put("title", family.title)
                                .put("version", "v1")
                                .put("description", family.description)
                                .put(
                                        "contact",
                                        new JsonObject()
                                                .put("name", "Reseller Plans partner support")
                                                .put("email", "partners@reseller-plans.example"))
                                .put(
                                        "license",
                                        new JsonObject()
                                                .put("name", "Proprietary")
                                                .put("identifier", "LicenseRef-Reseller-Plans-Partner-Terms")))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("paths", new JsonObject())
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
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
            if (tag instanceof JsonObject named
                    && tags.stream()
                            .noneMatch(known ->
                                    ((JsonObject) known).getString("name").equals(named.getString("name")))) {
                tags.add(named);
            }
        });
    }
}

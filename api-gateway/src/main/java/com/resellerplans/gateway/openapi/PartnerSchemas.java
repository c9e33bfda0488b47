package com.resellerplans.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a merged document's schemas say what the wire does, where no service annotation can: only the
 * schemas its operations use are kept (no service-to-service views); a schema only answers carry lists every
 * member as {@code required}, since the services write every member, null ones included (a member that may be
 * null says so at its source, {@code @Schema(nullable = true)}); a schema requests carry refuses unknown members
 * ({@code 422 UNKNOWN_FIELD}); and every list page's {@code nextCursor} is null on the last page.
 */
final class PartnerSchemas {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Set<String> PAGE_MEMBERS = Set.of("items", "nextCursor");

    private PartnerSchemas() {}

    static void tighten(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Set<String> requests = new HashSet<>();
        Set<String> answers = new HashSet<>();
        document.getJsonObject("paths")
                .forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
                    if (operation.getValue() instanceof JsonObject described) {
                        referenced(described.getValue("requestBody"), schemas, requests);
                        referenced(described.getValue("parameters"), schemas, requests);
                        referenced(described.getValue("responses"), schemas, answers);
                    }
                }));
        schemas.getMap().keySet().removeIf(name -> !requests.contains(name) && !answers.contains(name));
        schemas.forEach(entry -> {
            JsonObject schema = (JsonObject) entry.getValue();
            JsonObject properties = schema.getJsonObject("properties");
            if (properties == null) {
                return;
            }
            if (answers.contains(entry.getKey())
                    && !requests.contains(entry.getKey())
                    && !schema.containsKey("required")) {
                schema.put("required", new JsonArray(List.copyOf(properties.fieldNames())));
            }
            if (requests.contains(entry.getKey()) && !schema.containsKey("additionalProperties")) {
                schema.put("additionalProperties", false);
            }
            if (properties.fieldNames().equals(PAGE_MEMBERS)) {
                properties.put(
                        "nextCursor",
                        new JsonObject()
                                .put("type", new JsonArray(List.of("string", "null")))
                                .put("description", "The cursor of the next page; null on the last page"));
            }
        });
    }

    /** Adds the schemas a part of the document refers to, and those they refer to in turn, to {@code found}. */
    private static void referenced(Object part, JsonObject schemas, Set<String> found) {
        Deque<Object> pending = new ArrayDeque<>();
        pushUnlessNull(pending, part);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof JsonObject object) {
                if (object.getValue("$ref") instanceof String ref
                        && ref.startsWith(SCHEMA_REF)
                        && found.add(ref.substring(SCHEMA_REF.length()))) {
                    pushUnlessNull(pending, schemas.getValue(ref.substring(SCHEMA_REF.length())));
                }
                object.forEach(member -> pushUnlessNull(pending, member.getValue()));
            } else if (next instanceof JsonArray array) {
                array.forEach(element -> pushUnlessNull(pending, element));
            }
        }
    }

    private static void pushUnlessNull(Deque<Object> pending, Object part) {
        if (part != null) {
            pending.push(part);
        }
    }
}

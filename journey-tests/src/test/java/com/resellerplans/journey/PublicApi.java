package com.resellerplans.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public API as the gateway's partner documents describe it: every operation under {@code /bss},
 * {@code /storefront} and {@code /public}, read at run time so a route a service adds is covered without a
 * change here.
 */
final class PublicApi {
    static final List<String> DOCUMENTS = List.of("/openapi/bss", "/openapi/storefront");
    private static final List<String> FAMILIES = List.of("/bss/", "/storefront/", "/public/");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Operation> operations;
    private final ObjectNode schemas;

    private PublicApi(List<Operation> operations, ObjectNode schemas) {
        this.operations = List.copyOf(operations);
        this.schemas = schemas;
    }

    /** One operation of a partner document. {@code bodySchema} is null when it reads no JSON body. */
    record Operation(
            String method,
            String template,
            List<String> pathParameters,
            List<String> queryParameters,
            JsonNode bodySchema) {
        boolean readsBody() {
            return bodySchema != null;
        }

        boolean changesState() {
            return !"GET".equals(method);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** Reads both partner documents from the gateway; refuses to go on if a service was missing from them. */
    static PublicApi read(HttpClient http, String gateway) throws IOException, InterruptedException {
        List<Operation> operations = new ArrayList<>();
        ObjectNode schemas = JSON.createObjectNode();
        for (String document : DOCUMENTS) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(gateway + document)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(document + " answered " + answer.statusCode());
            }
            JsonNode root = JSON.readTree(answer.body());
            if (!root.path("x-unavailable-services").isEmpty()) {
                throw new IllegalStateException(document + " lacks " + root.get("x-unavailable-services"));
            }
            JsonNode components = root.path("components").path("schemas");
            if (components.isObject()) {
                schemas.setAll((ObjectNode) components);
            }
            root.path("paths").fields().forEachRemaining(path -> {
                if (FAMILIES.stream().anyMatch(path.getKey()::startsWith)) {
                    operations.addAll(operationsOf(path.getKey(), path.getValue()));
                }
            });
        }
        return new PublicApi(operations, schemas);
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} (or single {@code allOf}) names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current != null; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current == null ? JSON.createObjectNode() : current;
    }

    /** The schema's type, the first that is not {@code null} when OpenAPI 3.1 lists several. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "";
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    private static List<Operation> operationsOf(String template, JsonNode item) {
        List<String> pathParameters = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            pathParameters.add(matcher.group(1));
        }
        List<Operation> found = new ArrayList<>();
        for (String method : METHODS) {
            JsonNode operation = item.get(method);
            if (operation == null) {
                continue;
            }
            List<String> query = new ArrayList<>();
            for (Iterator<JsonNode> it = operation.path("parameters").elements(); it.hasNext(); ) {
                JsonNode parameter = it.next();
                if ("query".equals(parameter.path("in").asText())) {
                    query.add(parameter.path("name").asText());
                }
            }
            JsonNode body = null;
            for (Map.Entry<String, JsonNode> content :
                    iterable(operation.path("requestBody").path("content"))) {
                if (content.getKey().contains("json")) {
                    body = content.getValue().path("schema");
                }
            }
            found.add(new Operation(
                    method.toUpperCase(Locale.ROOT), template, List.copyOf(pathParameters), List.copyOf(query), body));
        }
        return found;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}

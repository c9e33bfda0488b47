package com.resellerplans.gateway.openapi;

import com.resellerplans.gateway.limits.RateLimits;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Documents, on every published operation, the refusals no single service's annotations know: the gateway's
 * own (token, role, body size, rate limit, unreachable service) and those every service answers through
 * http-support (malformed or strict bodies, Idempotency-Key, a change that lost its races), each with its stable {@code code} and the
 * problem+json schema, so a partner finds every code an operation can answer on the operation itself.
 */
final class CommonRefusals {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    // what smallrye-openapi writes when a resource documents nothing for these statuses
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed", "Bad Request");
    private static final Map<String, String> EXPLANATIONS = Map.of(
            "UNAUTHENTICATED", "no bearer token, or one that does not verify (signature, expiry, issuer, audience)",
            "FORBIDDEN", "the token's group (or missing distributor/reseller claim) may not call this route",
            "MALFORMED_REQUEST",
                    "the body is not JSON, a value has the wrong type, or the query string is not" + " well-formed",
            "BODY_TOO_LARGE", "the body is larger than the gateway's limit (1 MB by default)",
            "RATE_LIMITED", "the caller is past its budget on this route; see Retry-After",
            "BAD_GATEWAY", "the service behind the route failed",
            "SERVICE_UNAVAILABLE", "the service behind the route is not answering",
            "CONCURRENT_UPDATE", "another change to the same object won every retry; nothing was done, send it again");

    // PageRequest.MAX_LIMIT of http-support, which the gateway does not depend on
    private static final int MAX_LIMIT = 100;
    private static final Pattern VERSION = Pattern.compile("v[0-9]+");
    private static final JsonObject IDEMPOTENCY_KEY = new JsonObject()
            .put("name", "Idempotency-Key")
            .put("in", "header")
            .put("required", false)
            .put(
                    "description",
                    "Makes the POST safe to repeat: a repeat with the same key and body answers the"
                            + " first answer again (with Idempotency-Replayed: true) and changes nothing; keys are kept 24 h,"
                            + " per caller and route")
            .put(
                    "schema",
                    new JsonObject()
                            .put("type", "string")
                            .put("minLength", 1)
                            .put("maxLength", 255)
                            .put("pattern", "^[\\x20-\\x7E]*[\\x21-\\x7E][\\x20-\\x7E]*$"));

    private CommonRefusals() {}

    /**
     * Adds the common refusals to one operation of a published path, and what every service's http-support
     * does alike: the {@code Idempotency-Key} of every POST, the bounds of every {@code limit}, an
     * {@code operationId} where the service named none, and no security on a public read.
     */
    static void addTo(String path, String method, JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses", new JsonObject());
        operation.put("responses", responses);
        if (!operation.containsKey("operationId")) {
            operation.put("operationId", operationId(path, method));
        }
        boolean withBody = operation.containsKey("requestBody");
        boolean publicRead = path.startsWith("/public/") && method.equals("get");
        JsonArray parameters = operation.getJsonArray("parameters", new JsonArray());
        boolean withQuery = parameters.stream().anyMatch(p -> "query".equals(((JsonObject) p).getString("in")));
        parameters.forEach(parameter -> boundLimit((JsonObject) parameter));
        if (method.equals("post")) {
            parameters.add(IDEMPOTENCY_KEY.copy());
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (publicRead) {
            operation.put("security", new JsonArray());
        } else {
            add(responses, "401", List.of("UNAUTHENTICATED"));
            add(responses, "403", List.of("FORBIDDEN"));
        }
        if (withQuery) {
            add(responses, "400", List.of("MALFORMED_REQUEST"));
            add(responses, "422", List.of("INVALID_REQUEST"));
        }
        if (withBody) {
            add(responses, "400", List.of("MALFORMED_REQUEST"));
            add(responses, "413", List.of("BODY_TOO_LARGE"));
            add(responses, "422", List.of("UNKNOWN_FIELD", "INVALID_REQUEST"));
        }
        if (!method.equals("get")) {
            add(responses, "409", List.of("CONCURRENT_UPDATE"));
        }
        if (method.equals("post")) {
            add(responses, "409", List.of("IDEMPOTENCY_KEY_IN_USE"));
            add(responses, "422", List.of("IDEMPOTENCY_KEY_INVALID", "IDEMPOTENCY_KEY_REUSED"));
        }
        if (RateLimits.isLimited(HttpMethod.valueOf(method.toUpperCase()), path)) {
            add(responses, "429", List.of("RATE_LIMITED"));
        }
        add(responses, "502", List.of("BAD_GATEWAY"));
        add(responses, "503", List.of("SERVICE_UNAVAILABLE"));
        responses.forEach(response -> {
            if (Integer.parseInt(response.getKey()) >= 400
                    && response.getValue() instanceof JsonObject refusal
                    && !refusal.containsKey("content")) {
                refusal.put(
                        "content",
                        new JsonObject()
                                .put(
                                        PROBLEM_MEDIA_TYPE,
                                        new JsonObject()
                                                .put(
                                                        "schema",
                                                        new JsonObject()
                                                                .put(
                                                                        "$ref",
                                                                        "#/components/schemas/" + PROBLEM_SCHEMA))));
            }
        });
    }

    /**
     * A readable, stable name from the method and the path: {@code GET /bss/v1/orders/{id}} is
     * {@code getBssOrdersById}; unique, since a path has one operation per method.
     */
    static String operationId(String path, String method) {
        StringBuilder id = new StringBuilder(method);
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || VERSION.matcher(segment).matches()) {
                continue;
            }
            if (segment.startsWith("{")) {
                id.append("By");
            }
            for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static void boundLimit(JsonObject parameter) {
        if ("query".equals(parameter.getString("in")) && "limit".equals(parameter.getString("name"))) {
            parameter.put("description", "Items per page: 20 when absent; larger values are served as " + MAX_LIMIT);
            parameter
                    .getJsonObject("schema", new JsonObject())
                    .put("minimum", 1)
                    .put("maximum", MAX_LIMIT);
        }
    }

    /** The problem+json document every refusal answers with. */
    static JsonObject problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", new JsonObject().put("type", "string").put("format", "uri"));
        properties.put("title", new JsonObject().put("type", "string"));
        properties.put("status", new JsonObject().put("type", "integer"));
        properties.put(
                "code",
                new JsonObject()
                        .put("type", "string")
                        .put(
                                "description",
                                "Stable, SCREAMING_SNAKE: what a client switches on. Each operation's"
                                        + " responses list the codes it can answer."));
        properties.put("detail", new JsonObject().put("type", "string"));
        properties.put(
                "suggestions",
                new JsonObject()
                        .put("type", "array")
                        .put("items", new JsonObject().put("type", "string"))
                        .put("description", "ALIAS_TAKEN and ALIAS_HELD only: up to five free aliases"));
        return new JsonObject()
                .put("type", "object")
                .put("description", "An RFC 9457 problem document with a stable code")
                .put("required", new JsonArray(List.of("type", "title", "status", "code")))
                .put("properties", new JsonObject(properties))
                .put(
                        "examples",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("type", "https://docs.reseller-plans.example/problems/alias-taken")
                                        .put("title", "Conflict")
                                        .put("status", 409)
                                        .put("code", "ALIAS_TAKEN")
                                        .put("detail", "The alias techsolutions is taken.")
                                        .put(
                                                "suggestions",
                                                new JsonArray(List.of("techsolutions-cloud", "techsolutions-store")))));
    }

    private static void add(JsonObject responses, String status, List<String> codes) {
        JsonObject response = responses.getJsonObject(status);
        if (response == null) {
            response = new JsonObject();
            responses.put(status, response);
        }
        String described = response.getString("description", "");
        boolean generated = described.isBlank() || GENERATED_DESCRIPTIONS.contains(described);
        StringBuilder description = new StringBuilder(generated ? "" : described);
        for (String code : codes) {
            if (!Pattern.compile("\\b" + code + "\\b").matcher(description).find()) {
                description.append(description.isEmpty() ? "" : "; ").append(code);
                if (EXPLANATIONS.containsKey(code)) {
                    description.append(": ").append(EXPLANATIONS.get(code));
                }
            }
        }
        response.put("description", description.toString());
    }
}

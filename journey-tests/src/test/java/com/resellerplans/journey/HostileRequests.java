package com.resellerplans.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.resellerplans.journey.PublicApi.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an operation of the public API and a handful of hostile choices into a concrete request: its path
 * parameters (the caller's own ids or hostile segments), query, headers and body. Every request that could
 * change state carries at least one poison the contract refuses (DESIGN.md "Errors and requests"), so a
 * request that is not refused is a bug the property reports.
 */
final class HostileRequests {
    /** One megabyte: the gateway's body limit ({@code gateway.max-body-size}). */
    static final int BODY_LIMIT = 1024 * 1024;

    static final int MAX_HOSTILE_BODY = 10 * BODY_LIMIT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What makes a body one the contract refuses. */
    enum Poison {
        UNKNOWN_MEMBER,
        CONTAINER_FOR_SCALAR,
        TRUNCATED,
        NOT_AN_OBJECT,
        DEEP_NESTING,
        TOO_LARGE,
        TOO_LARGE_CHUNKED,
        NUL_IN_TEXT,
        LONE_SURROGATE_IN_TEXT,
        INVALID_UTF8,
        HOSTILE_ALIAS,
        UNKNOWN_ENUM_VALUE
    }

    /** Header abuse added to a request; none of it may turn a refusal into a success or a failure. */
    enum HeaderAbuse {
        NO_TOKEN,
        GARBAGE_TOKEN,
        OTHER_ROLE_TOKEN,
        TWO_TOKENS,
        BAD_CONTENT_TYPE,
        BAD_ACCEPT,
        BAD_IDEMPOTENCY_KEY,
        TWO_IDEMPOTENCY_KEYS,
        FRESH_IDEMPOTENCY_KEY,
        HUGE_HEADER,
        MANY_HEADERS,
        DUPLICATE_CONTENT_TYPE,
        HOSTILE_REQUEST_ID,
        HOSTILE_QUERY
    }

    /** Who calls: its token, the token of a role that may not call, and its own objects by collection name. */
    record Caller(String token, String otherRoleToken, Map<String, List<String>> ownIds) {}

    /** The request as it goes on the wire. {@code body} null: none; {@code chunked}: sent without a length. */
    record Exchange(
            String method,
            String target,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            boolean chunked,
            String poison) {
        /** The size of the header section as sent, near enough to tell it from the codec's limit. */
        int headerBytes() {
            return headers.stream()
                    .mapToInt(h -> h.getKey().length() + h.getValue().length() + 4)
                    .sum();
        }

        @Override
        public String toString() {
            String shownBody = body == null
                    ? "-"
                    : clip(new String(body, StandardCharsets.UTF_8), 300) + " (" + body.length + " bytes"
                            + (chunked ? ", chunked" : "") + ")";
            StringBuilder shownHeaders = new StringBuilder();
            headers.forEach(header -> shownHeaders
                    .append("\n    ")
                    .append(header.getKey())
                    .append(": ")
                    .append(clip(header.getValue(), 120)));
            return method + " " + clip(target, 300) + "\n  poison: " + poison + "\n  headers:" + shownHeaders
                    + "\n  body: " + shownBody;
        }
    }

    private final PublicApi api;

    HostileRequests(PublicApi api) {
        this.api = api;
    }

    /**
     * Builds the request. {@code texts}, {@code aliases} and {@code segments} are pools of hostile values;
     * {@code seed} drives the remaining choices (which pool value goes where, the caller's own ids or not).
     */
    Exchange build(
            Operation operation,
            Caller caller,
            Poison poison,
            Set<HeaderAbuse> abuse,
            List<String> texts,
            List<String> aliases,
            List<String> segments,
            long seed) {
        Random random = new Random(seed);
        Pools pools = new Pools(texts, aliases, segments, random);
        boolean mustBeRefused = operation.changesState();
        boolean poisonedBody = mustBeRefused && operation.readsBody();
        String path = path(operation, caller, pools, mustBeRefused && !poisonedBody);
        EnumSet<HeaderAbuse> abused = abuse.isEmpty() ? EnumSet.noneOf(HeaderAbuse.class) : EnumSet.copyOf(abuse);
        String query = abused.contains(HeaderAbuse.HOSTILE_QUERY) ? query(operation, pools) : "";
        byte[] body = null;
        boolean chunked = false;
        String applied = "none";
        if (poisonedBody) {
            Poison chosen = applicable(poison, operation.bodySchema());
            applied = chosen.name();
            body = body(operation.bodySchema(), chosen, caller, pools);
            chunked = chosen == Poison.TOO_LARGE_CHUNKED;
        } else if (operation.readsBody()) {
            body = bytes(fill(operation.bodySchema(), "", caller, pools, 0), random.nextBoolean());
        } else if (mustBeRefused) {
            applied = "hostile path parameter";
        }
        List<Map.Entry<String, String>> headers = headers(caller, abused, body != null, pools);
        return new Exchange(operation.method(), path + query, headers, body, chunked, applied);
    }

    private String path(Operation operation, Caller caller, Pools pools, boolean oneMustBeHostile) {
        String path = operation.template();
        int forcedHostile = oneMustBeHostile
                ? pools.random.nextInt(Math.max(1, operation.pathParameters().size()))
                : -1;
        for (int i = 0; i < operation.pathParameters().size(); i++) {
            String name = operation.pathParameters().get(i);
            List<String> own = caller.ownIds().getOrDefault(collectionOf(operation.template(), name), List.of());
            boolean hostile = i == forcedHostile || own.isEmpty() || pools.random.nextInt(3) == 0;
            String value = hostile ? pools.segment() : own.get(pools.random.nextInt(own.size()));
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    /** The collection a path parameter names an object of: the segment before it ({@code /orders/{id}}). */
    static String collectionOf(String template, String parameter) {
        String before = template.substring(0, template.indexOf("{" + parameter + "}"));
        String[] segments = before.split("/");
        return segments.length == 0 ? "" : segments[segments.length - 1];
    }

    private String query(Operation operation, Pools pools) {
        List<String> names = new ArrayList<>(operation.queryParameters());
        names.add(pools.text());
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append(Hostile.encode(name))
                    .append('=')
                    .append(pools.random.nextBoolean() ? pools.segment() : Hostile.encode(pools.text()));
        }
        return query.toString();
    }

    private List<Map.Entry<String, String>> headers(
            Caller caller, Set<HeaderAbuse> abuse, boolean hasBody, Pools pools) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (abuse.contains(HeaderAbuse.GARBAGE_TOKEN)) {
            headers.add(Map.entry(
                    "Authorization",
                    pools.random.nextBoolean()
                            ? "Bearer " + headerSafe(pools.text())
                            : "Basic " + headerSafe(pools.text())));
        } else if (abuse.contains(HeaderAbuse.OTHER_ROLE_TOKEN)) {
            headers.add(Map.entry("Authorization", "Bearer " + caller.otherRoleToken()));
        } else if (!abuse.contains(HeaderAbuse.NO_TOKEN)) {
            headers.add(Map.entry("Authorization", "Bearer " + caller.token()));
        }
        if (abuse.contains(HeaderAbuse.TWO_TOKENS)) {
            headers.add(Map.entry("Authorization", "Bearer " + caller.otherRoleToken()));
        }
        if (hasBody) {
            headers.add(Map.entry(
                    "Content-Type",
                    abuse.contains(HeaderAbuse.BAD_CONTENT_TYPE)
                            ? pools.pick(List.of(
                                    "text/plain",
                                    "application/xml",
                                    "application/json; charset=utf-16",
                                    "application/json; charset=bogus",
                                    "application/x-www-form-urlencoded",
                                    "multipart/form-data; boundary=",
                                    "",
                                    "*/*",
                                    "application/json;;;",
                                    "json",
                                    headerSafe(pools.text())))
                            : "application/json"));
            if (abuse.contains(HeaderAbuse.DUPLICATE_CONTENT_TYPE)) {
                headers.add(Map.entry("Content-Type", "text/html"));
            }
        }
        headers.add(Map.entry(
                "Accept",
                abuse.contains(HeaderAbuse.BAD_ACCEPT)
                        ? pools.pick(List.of(
                                "application/xml",
                                "text/html",
                                "image/png",
                                "application/json;q=0",
                                "",
                                "*/*;q=abc",
                                headerSafe(pools.text())))
                        : "application/json"));
        if (abuse.contains(HeaderAbuse.BAD_IDEMPOTENCY_KEY)) {
            headers.add(Map.entry(
                    "Idempotency-Key",
                    pools.pick(List.of(
                            " ",
                            "k".repeat(256),
                            headerSafe("\u043A\u043B\u044E\u0447"),
                            "\t",
                            headerSafe(pools.text())))));
        }
        if (abuse.contains(HeaderAbuse.TWO_IDEMPOTENCY_KEYS)) {
            headers.add(Map.entry("Idempotency-Key", UUID.randomUUID().toString()));
            headers.add(Map.entry("Idempotency-Key", UUID.randomUUID().toString()));
        } else if (abuse.contains(HeaderAbuse.FRESH_IDEMPOTENCY_KEY)) {
            headers.add(Map.entry("Idempotency-Key", UUID.randomUUID().toString()));
        }
        if (abuse.contains(HeaderAbuse.HUGE_HEADER)) {
            headers.add(Map.entry("X-Hostile", "h".repeat(24 * 1024 + pools.random.nextInt(100 * 1024))));
        }
        if (abuse.contains(HeaderAbuse.MANY_HEADERS)) {
            for (int i = 0; i < 300; i++) {
                headers.add(Map.entry("X-Hostile-" + i, headerSafe(pools.text())));
            }
        }
        if (abuse.contains(HeaderAbuse.HOSTILE_REQUEST_ID)) {
            headers.add(Map.entry("X-Request-Id", headerSafe(pools.text())));
        }
        return headers;
    }

    private Poison applicable(Poison wanted, JsonNode bodySchema) {
        JsonNode schema = api.resolve(bodySchema);
        boolean object = "object".equals(PublicApi.typeOf(schema)) && schema.has("properties");
        List<Map.Entry<String, JsonNode>> properties = properties(schema);
        boolean hasAlias = properties.stream()
                .anyMatch(p -> p.getKey().toLowerCase(Locale.ROOT).contains("alias"));
        boolean hasEnum =
                properties.stream().anyMatch(p -> api.resolve(p.getValue()).has("enum"));
        boolean hasText =
                properties.stream().anyMatch(p -> "string".equals(PublicApi.typeOf(api.resolve(p.getValue()))));
        boolean fits = switch (wanted) {
            case UNKNOWN_MEMBER, CONTAINER_FOR_SCALAR, DEEP_NESTING -> object;
            case NUL_IN_TEXT, LONE_SURROGATE_IN_TEXT, INVALID_UTF8 -> object && hasText;
            case HOSTILE_ALIAS -> hasAlias;
            case UNKNOWN_ENUM_VALUE -> hasEnum;
            default -> true;
        };
        return fits ? wanted : (object ? Poison.UNKNOWN_MEMBER : Poison.TRUNCATED);
    }

    private byte[] body(JsonNode bodySchema, Poison poison, Caller caller, Pools pools) {
        JsonNode schema = api.resolve(bodySchema);
        JsonNode shape = fill(schema, "", caller, pools, 0);
        boolean escape = pools.random.nextBoolean();
        return switch (poison) {
            case UNKNOWN_MEMBER -> {
                ObjectNode poisoned = NODES.objectNode();
                String unknown = unknownName(schema, pools);
                boolean first = pools.random.nextBoolean();
                if (first) {
                    poisoned.set(unknown, NODES.textNode(pools.text()));
                }
                poisoned.setAll((ObjectNode) shape);
                if (!first) {
                    poisoned.set(unknown, NODES.textNode(pools.text()));
                }
                yield bytes(poisoned, escape);
            }
            case CONTAINER_FOR_SCALAR -> {
                Map.Entry<String, JsonNode> property = pools.pick(properties(schema));
                String type = PublicApi.typeOf(api.resolve(property.getValue()));
                JsonNode wrong = "array".equals(type)
                        ? NODES.objectNode().put("x", pools.text())
                        : NODES.arrayNode().add(pools.text());
                yield bytes(((ObjectNode) shape).set(property.getKey(), wrong), escape);
            }
            case TRUNCATED -> {
                byte[] whole = bytes(shape, escape);
                yield java.util.Arrays.copyOf(whole, 1 + pools.random.nextInt(Math.max(1, whole.length - 1)));
            }
            case NOT_AN_OBJECT ->
                pools.pick(List.of("[]", "42", "true", "[{}]", "1e999", "\"\"", "[" + text(shape) + "]"))
                        .getBytes(StandardCharsets.UTF_8);
            case DEEP_NESTING -> {
                int depth = 1_500 + pools.random.nextInt(50_000);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                Map.Entry<String, JsonNode> property = pools.pick(properties(schema));
                String json = text(((ObjectNode) shape).put(property.getKey(), "@@nested@@"));
                yield json.replace("\"@@nested@@\"", nested).getBytes(StandardCharsets.UTF_8);
            }
            case TOO_LARGE, TOO_LARGE_CHUNKED -> {
                int size = BODY_LIMIT + 1 + pools.random.nextInt(MAX_HOSTILE_BODY - BODY_LIMIT);
                String json = text(shape);
                String filler = pools.random.nextBoolean() ? "a" : "\u0430";
                StringBuilder padded = new StringBuilder(size + json.length());
                padded.append("{\"padding\":\"")
                        .append(filler.repeat(size))
                        .append("\",")
                        .append(json.substring(1));
                yield padded.toString().getBytes(StandardCharsets.UTF_8);
            }
            case NUL_IN_TEXT, LONE_SURROGATE_IN_TEXT -> {
                String bad = poison == Poison.NUL_IN_TEXT ? "\u0000" : pools.pick(Hostile.LONE_SURROGATES);
                Map.Entry<String, JsonNode> property = textProperty(schema, pools);
                ((ObjectNode) shape).put(property.getKey(), pools.text() + bad + "x");
                // a lone surrogate only survives as a JSON escape; raw UTF-8 cannot carry it
                yield bytes(shape, poison == Poison.LONE_SURROGATE_IN_TEXT || escape);
            }
            case INVALID_UTF8 -> {
                Map.Entry<String, JsonNode> property = textProperty(schema, pools);
                String json = text(((ObjectNode) shape).put(property.getKey(), "@@bytes@@"));
                int at = json.indexOf("@@bytes@@");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(pools.pick(List.of(
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xC3, 0x28},
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80})));
                out.writeBytes(json.substring(at + "@@bytes@@".length()).getBytes(StandardCharsets.UTF_8));
                yield out.toByteArray();
            }
            case HOSTILE_ALIAS -> {
                ObjectNode aliased = shape.isObject() ? (ObjectNode) shape : NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : properties(schema)) {
                    if (property.getKey().toLowerCase(Locale.ROOT).contains("alias")) {
                        aliased.put(property.getKey(), pools.alias());
                    }
                }
                yield bytes(aliased, escape);
            }
            case UNKNOWN_ENUM_VALUE -> {
                for (Map.Entry<String, JsonNode> property : properties(schema)) {
                    if (api.resolve(property.getValue()).has("enum")) {
                        ((ObjectNode) shape).put(property.getKey(), pools.text());
                    }
                }
                yield bytes(shape, escape);
            }
        };
    }

    /** A value of the schema's shape, its texts hostile, its ids now and then the caller's own. */
    private JsonNode fill(JsonNode raw, String name, Caller caller, Pools pools, int depth) {
        JsonNode schema = api.resolve(raw);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum")
                    .get(pools.random.nextInt(schema.get("enum").size()));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        switch (PublicApi.typeOf(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<Map.Entry<String, JsonNode>> properties = properties(schema);
                if (properties.isEmpty() && depth < 3) {
                    for (int i = pools.random.nextInt(3); i > 0; i--) {
                        object.put(pools.text(), pools.text());
                    }
                }
                for (Map.Entry<String, JsonNode> property : properties) {
                    if (depth < 4) {
                        object.set(
                                property.getKey(),
                                fill(property.getValue(), property.getKey(), caller, pools, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = pools.random.nextInt(3); i > 0 && depth < 4; i--) {
                    array.add(fill(schema.path("items"), name, caller, pools, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(
                        pools.pick(List.of(0L, -1L, 1L, 90L, (long) Integer.MAX_VALUE + 1, Long.MIN_VALUE)));
            }
            case "number" -> {
                return NODES.numberNode(pools.pick(List.of(0.0, -1.5, 12.5, 1e308, Double.MIN_VALUE)));
            }
            case "boolean" -> {
                return NODES.booleanNode(pools.random.nextBoolean());
            }
            default -> {
                if (lower.contains("alias")) {
                    return NODES.textNode(pools.alias());
                }
                if (lower.endsWith("id") && pools.random.nextBoolean()) {
                    List<String> own = caller.ownIds().getOrDefault("resellers", List.of());
                    return NODES.textNode(own.isEmpty() ? pools.text() : pools.pick(own));
                }
                return NODES.textNode(pools.text());
            }
        }
    }

    private List<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            properties.add(it.next());
        }
        return properties;
    }

    private Map.Entry<String, JsonNode> textProperty(JsonNode schema, Pools pools) {
        return pools.pick(properties(schema).stream()
                .filter(p -> "string".equals(PublicApi.typeOf(api.resolve(p.getValue()))))
                .toList());
    }

    private String unknownName(JsonNode schema, Pools pools) {
        String name = pools.random.nextBoolean()
                ? pools.text()
                : pools.pick(List.of(
                        "tier", "distributorId", "status", "id", "version", "__proto__", "constructor", "@class"));
        return schema.path("properties").has(name) ? name + "\u200B" : name;
    }

    /** Any value as JSON with every non-ASCII character escaped, so lone surrogates survive as escapes. */
    static byte[] json(Object value) {
        try {
            return ESCAPING.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node, boolean escapeNonAscii) {
        try {
            return escapeNonAscii
                    ? ESCAPING.writeValueAsBytes(node)
                    : text(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header value as the UTF-8 bytes a client would send, without the line breaks HTTP forbids. */
    static String headerSafe(String text) {
        String latin1 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        StringBuilder safe = new StringBuilder();
        latin1.chars()
                .filter(c -> c == '\t' || (c >= 0x20 && c != 0x7F))
                .limit(4096)
                .forEach(c -> safe.append((char) c));
        return safe.toString();
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    /** The hostile pools a request draws from, in the order its seed decides. */
    private static final class Pools {
        private final List<String> texts;
        private final List<String> aliases;
        private final List<String> segments;
        private final Random random;

        Pools(List<String> texts, List<String> aliases, List<String> segments, Random random) {
            this.texts = texts;
            this.aliases = aliases;
            this.segments = segments;
            this.random = random;
        }

        String text() {
            return pick(texts);
        }

        String alias() {
            return pick(aliases);
        }

        String segment() {
            return pick(segments);
        }

        <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}

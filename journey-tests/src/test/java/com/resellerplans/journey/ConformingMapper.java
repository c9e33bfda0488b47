package com.resellerplans.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generated client's JSON mapper, made strict: every answer body it reads and every request body it writes is
 * first validated against the partner document's schema of its type (the generator names a model after its schema),
 * with formats asserted, and an answer member the document does not name fails the read. So a document that says
 * less or other than the wire fails the journey that meets it. The operations the journeys read are counted
 * ({@link #schemasSeen}).
 */
final class ConformingMapper extends ObjectMapper {
    private final String documentUri;
    private final SchemaRegistry registry;
    private final Set<String> seen;

    ConformingMapper(ObjectMapper generatorDefaults, String documentUri, String document) {
        super(generatorDefaults);
        enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.documentUri = documentUri;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(documentUri, document)));
        this.seen = ConcurrentHashMap.newKeySet();
    }

    private ConformingMapper(ConformingMapper source) {
        super(source);
        this.documentUri = source.documentUri;
        this.registry = source.registry;
        this.seen = source.seen;
    }

    // each generated API takes a copy of the client's mapper: the copies keep validating
    @Override
    public ObjectMapper copy() {
        return new ConformingMapper(this);
    }

    @Override
    public <T> T readValue(String content, TypeReference<T> type) throws JsonProcessingException {
        conform("answer", content, schemaName(type.getType()));
        return super.readValue(content, type);
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
        byte[] body = super.writeValueAsBytes(value);
        conform("request", new String(body, StandardCharsets.UTF_8), value.getClass().getSimpleName());
        return body;
    }

    /** Validates a body against a schema of the document; throws with every violation if it does not conform. */
    void conform(String what, String body, String schema) {
        Schema documented = registry.getSchema(SchemaLocation.of(documentUri + "#/components/schemas/" + schema));
        List<Error> errors = documented.validate(body, InputFormat.JSON,
                (context, schemaContext) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        if (!errors.isEmpty()) {
            throw new AssertionError("The " + what + " does not conform to " + schema + " of " + documentUri + ": "
                    + errors + "\n" + body);
        }
        seen.add(schema);
    }

    /** The schemas that answers and requests were validated against so far. */
    Set<String> schemasSeen() {
        return Set.copyOf(seen);
    }

    private static String schemaName(Type type) {
        Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
        return ((Class<?>) raw).getSimpleName();
    }
}

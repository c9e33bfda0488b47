package com.resellerplans.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The generated client's JSON mapper, made strict: every answer body it reads and every request body it writes is
 * first validated against the partner document's schema of its type (the generator names a model after its schema),
 * with formats asserted, and an answer member the document does not name fails the read. So a document that says
 * less or other than the wire fails the journey that meets it.
 */
final class ConformingMapper extends ObjectMapper {
    private final DocumentSchemas schemas;

    ConformingMapper(ObjectMapper generatorDefaults, String documentUri, String document) {
        super(generatorDefaults);
        enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.schemas = new DocumentSchemas(documentUri, document);
    }

    private ConformingMapper(ConformingMapper source) {
        super(source);
        this.schemas = source.schemas;
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
        conform(
                "request",
                new String(body, StandardCharsets.UTF_8),
                value.getClass().getSimpleName());
        return body;
    }

    /** Validates a body against a schema of the document; throws with every violation if it does not conform. */
    void conform(String what, String body, String schema) {
        schemas.assertConforms(what, body, "/components/schemas/" + schema);
    }

    private static String schemaName(Type type) {
        Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
        return ((Class<?>) raw).getSimpleName();
    }
}

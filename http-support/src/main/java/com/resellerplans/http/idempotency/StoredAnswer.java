package com.resellerplans.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;

/** The first answer to a keyed request, as it is replayed: status, content type, Location and body bytes. */
public record StoredAnswer(int status, String contentType, String location, byte[] body) {

    /** The answer an endpoint gave, its entity written as the JSON the caller receives. */
    static StoredAnswer of(int status, MediaType type, String location, Object entity, ObjectMapper json) {
        if (entity == null) {
            return new StoredAnswer(status, null, location, new byte[0]);
        }
        // our endpoints answer JSON; the writer settles the type only after the filters when none was set
        String contentType = type == null ? MediaType.APPLICATION_JSON : type.toString();
        return new StoredAnswer(status, contentType, location, bodyOf(entity, json));
    }

    private static byte[] bodyOf(Object entity, ObjectMapper json) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the answer of an idempotent request", e);
        }
    }
}

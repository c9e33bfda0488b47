package com.resellerplans.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Makes every request body refuse members its record does not declare, so a client that sends {@code tier} or
 * {@code distributorId} learns they are not its to set (DESIGN.md) instead of seeing them ignored, and refuse
 * text no database keeps as sent ({@link StorableText}). Only the server's REST layer uses this mapper: REST
 * clients and event consumers stay tolerant readers.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictRequestBodies implements ContextResolver<ObjectMapper> {
    private final ObjectMapper strict;

    StrictRequestBodies(ObjectMapper json) {
        // a copy keeps every module and setting of the application's mapper; writing with it is unchanged
        this.strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(StorableText.module());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}

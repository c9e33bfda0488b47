package com.resellerplans.subscription.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body refusing members the request record does not declare, so a client that sends
 * {@code tier} or {@code distributorId} learns they are not its to set instead of seeing them ignored.
 * Used through {@code @CustomDeserialization}; events stay tolerant readers.
 */
public class StrictJsonReader implements BiFunction<ObjectMapper, Type, ObjectReader> {
    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

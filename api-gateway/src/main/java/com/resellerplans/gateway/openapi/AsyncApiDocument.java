package com.resellerplans.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The AsyncAPI document of the Kafka events ({@code /asyncapi}), written next to the event records in
 * event-contracts ({@code asyncapi.yaml}) and copied into the gateway at build time; read once.
 */
@ApplicationScoped
public class AsyncApiDocument {

    public static final String MEDIA_TYPE = "application/yaml";
    static final String RESOURCE = "asyncapi.yaml";

    private final Buffer yaml = Buffer.buffer(ClasspathResources.bytes(RESOURCE));

    /** The document as published. */
    public Buffer yaml() {
        return yaml.copy();
    }
}

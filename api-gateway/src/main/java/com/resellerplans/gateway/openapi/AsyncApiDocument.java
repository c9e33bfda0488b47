package com.resellerplans.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The AsyncAPI document of the Kafka events ({@code /asyncapi}), written next to the event records in
 * event-contracts ({@code asyncapi.yaml}) and copied into the gateway at build time; read once.
 */
@ApplicationScoped
public class AsyncApiDocument {

    public static final String MEDIA_TYPE = "application/yaml";
    static final String RESOURCE = "asyncapi.yaml";

    private final Buffer yaml = Buffer.buffer(read());

    /** The document as published. */
    public Buffer yaml() {
        return yaml.copy();
    }

    private static byte[] read() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

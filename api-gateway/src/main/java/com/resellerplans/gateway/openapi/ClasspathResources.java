package com.resellerplans.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the documents the gateway ships in its own jar. */
final class ClasspathResources {

    private ClasspathResources() {}

    static byte[] bytes(String resource) {
        try (InputStream in = ClasspathResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

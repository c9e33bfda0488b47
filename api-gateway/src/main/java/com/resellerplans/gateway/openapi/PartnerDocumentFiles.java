package com.resellerplans.gateway.openapi;

import com.resellerplans.gateway.routing.Service;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes the partner documents at build time, as the gateway would serve them, from the documents the services
 * store when they are packaged ({@code quarkus.smallrye-openapi.store-schema-directory}): what the typed client is
 * generated from and what a partner downloads, with no suite running.
 * <p>
 * Arguments: the folder to write {@code openapi-bss.json} and {@code openapi-storefront.json} to, then one
 * {@code SERVICE=path} per service ({@code ORDER=order-service/target/openapi/openapi.json}, …).
 */
public final class PartnerDocumentFiles {

    private PartnerDocumentFiles() {}

    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments[0]);
        Map<Service, JsonObject> documents = new EnumMap<>(Service.class);
        for (int i = 1; i < arguments.length; i++) {
            String[] serviceAndPath = arguments[i].split("=", 2);
            documents.put(
                    Service.valueOf(serviceAndPath[0]),
                    new JsonObject(Files.readString(Path.of(serviceAndPath[1]), StandardCharsets.UTF_8)));
        }
        Files.createDirectories(folder);
        for (ApiFamily family : ApiFamily.values()) {
            // each family's merge changes the operations it takes, so it gets documents of its own
            Map<Service, JsonObject> copies = new EnumMap<>(Service.class);
            documents.forEach((service, document) -> copies.put(service, document.copy()));
            JsonObject merged = PartnerDocument.merge(family, copies);
            if (!merged.getJsonArray("x-unavailable-services").isEmpty()) {
                throw new IllegalArgumentException("No document for " + merged.getJsonArray("x-unavailable-services"));
            }
            Files.writeString(folder.resolve(fileName(family)), merged.encodePrettily() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The file the family's document is written to. */
    static String fileName(ApiFamily family) {
        return "openapi-" + family.name().toLowerCase() + ".json";
    }
}

package com.resellerplans.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Allow} value of a 405 answer: the methods the partner documents give for the request path
 * ({@link DocumentedMethods}). The table is built once, when the documents are first needed; while a service's
 * document is missing from it, it is rebuilt at most once per {@link #INCOMPLETE_REST} (so a flood of 405s never
 * turns into a flood of document fetches).
 */
@ApplicationScoped
public class AllowedMethods {

    static final Duration INCOMPLETE_REST = Duration.ofSeconds(30);

    private final PartnerDocuments documents;
    private volatile Future<DocumentedMethods> table;
    private volatile long builtAtNanos;
    private volatile boolean complete;

    public AllowedMethods(PartnerDocuments documents) {
        this.documents = documents;
    }

    /** The {@code Allow} value for the path; empty when no documented template matches it. */
    public Future<Optional<String>> allowFor(String path) {
        Future<DocumentedMethods> current = table;
        if (current == null || (!complete && System.nanoTime() - builtAtNanos > INCOMPLETE_REST.toNanos())) {
            current = build();
            table = current;
        }
        return current.map(methods -> methods.allowFor(path)).otherwise(Optional.empty());
    }

    private Future<DocumentedMethods> build() {
        builtAtNanos = System.nanoTime();
        return Future.all(documents.bss(), documents.storefront()).map(loaded -> {
            List<JsonObject> merged = List.of(loaded.resultAt(0), loaded.resultAt(1));
            complete = merged.stream()
                    .allMatch(document ->
                            document.getJsonArray("x-unavailable-services").isEmpty());
            return DocumentedMethods.of(merged);
        });
    }
}

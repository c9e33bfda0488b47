package com.resellerplans.journey;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Map;

/**
 * The schemas of one published document (a partner OpenAPI document, the AsyncAPI document) as JSON Schema
 * 2020-12, each found by its JSON pointer in the document, formats asserted.
 */
final class DocumentSchemas {
    private final String documentUri;
    private final SchemaRegistry registry;

    DocumentSchemas(String documentUri, String documentJson) {
        this.documentUri = documentUri;
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(documentUri, documentJson)));
    }

    /** Throws with every violation unless the JSON conforms to the schema at the pointer ({@code /components/…}). */
    void assertConforms(String what, String json, String pointer) {
        var errors = registry.getSchema(SchemaLocation.of(documentUri + "#" + pointer))
                .validate(
                        json,
                        InputFormat.JSON,
                        (context, schemaContext) ->
                                context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        if (!errors.isEmpty()) {
            throw new AssertionError("The " + what + " does not conform to " + pointer + " of " + documentUri + ": "
                    + errors + "\n" + json);
        }
    }
}

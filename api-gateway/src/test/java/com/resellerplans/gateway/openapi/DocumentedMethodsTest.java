package com.resellerplans.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentedMethodsTest {

    private static final JsonObject OPERATION = new JsonObject().put("responses", new JsonObject());

    private final DocumentedMethods table = DocumentedMethods.of(List.of(
            document("/bss/v1/orders", "post", "get"),
            document("/bss/v1/orders/{id}", "get", "delete"),
            document("/bss/v1/orders/drafts", "get"),
            document("/bss/v1/orders/{id}/items/{itemId}", "patch", "delete"),
            document("/storefront/v1/basket/checkout", "post")));

    @Test
    void aPathTakesTheMethodsOfItsTemplateInTheOrderAllowListsThem() {
        assertThat(table.allowFor("/bss/v1/orders")).hasValue("GET, POST");
        assertThat(table.allowFor("/bss/v1/orders/o-1")).hasValue("GET, DELETE");
        assertThat(table.allowFor("/bss/v1/orders/o-1/items/i-1")).hasValue("PATCH, DELETE");
        assertThat(table.allowFor("/storefront/v1/basket/checkout")).hasValue("POST");
    }

    @Test
    void aLiteralSegmentWinsOverATemplateSegment() {
        assertThat(table.allowFor("/bss/v1/orders/drafts")).hasValue("GET");
    }

    @Test
    void aTemplateMatchesWhereTheLiteralBranchLeadsNowhere() {
        assertThat(table.allowFor("/bss/v1/orders/drafts/items/i-1")).hasValue("PATCH, DELETE");
    }

    @Test
    void aPathNoTemplateMatchesHasNoAllow() {
        assertThat(table.allowFor("/bss/v1/orders/o-1/items")).isEmpty();
        assertThat(table.allowFor("/bss/v1/orders/o-1/items/i-1/x")).isEmpty();
        assertThat(table.allowFor("/bss/v1/resellers")).isEmpty();
        assertThat(table.allowFor("/bss/v1")).isEmpty();
    }

    @Test
    void theSameTemplateInTwoDocumentsTakesTheMethodsOfBoth() {
        DocumentedMethods merged = DocumentedMethods.of(List.of(
                document("/public/v1/pages/{alias}", "get"),
                document("/public/v1/pages/{name}", "put").put("x-unavailable-services", List.of())));
        assertThat(merged.allowFor("/public/v1/pages/a")).hasValue("GET, PUT");
    }

    private static JsonObject document(String template, String... methods) {
        JsonObject operations = new JsonObject().put("parameters", List.of());
        for (String method : methods) {
            operations.put(method, OPERATION);
        }
        return new JsonObject().put("paths", new JsonObject().put(template, operations));
    }
}

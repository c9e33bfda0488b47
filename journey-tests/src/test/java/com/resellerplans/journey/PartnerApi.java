package com.resellerplans.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations the gateway's partner documents ({@code /openapi/bss}, {@code /openapi/storefront}) publish, read
 * as a partner reads them: without a token. Tests derive their route lists from here, so a new route cannot be
 * left out of them.
 */
@SuppressWarnings("unchecked")
final class PartnerApi {
    static final List<String> DOCUMENTS = List.of("/openapi/bss", "/openapi/storefront");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]{4,}\\b");

    private PartnerApi() {}

    /** Who a route is for, as the gateway and DESIGN.md "Public API" say. */
    enum Family {
        BSS,
        STOREFRONT,
        PUBLIC_READ,
        SIGN_IN
    }

    /** One documented operation: its method, path template and what the document says of it. */
    record Operation(String method, String template, Map<String, Object> described, JsonPath document) {
        Family family() {
            if (template.startsWith("/bss/")) {
                return Family.BSS;
            }
            if (template.startsWith("/storefront/")) {
                return Family.STOREFRONT;
            }
            return method.equals("GET") ? Family.PUBLIC_READ : Family.SIGN_IN;
        }

        /** The statuses the operation documents. */
        Set<Integer> statuses() {
            return responses().keySet().stream().map(Integer::valueOf).collect(java.util.stream.Collectors.toSet());
        }

        /** The codes the operation's documented response of this status names. */
        Set<String> codes(int status) {
            Map<String, Object> response = (Map<String, Object>) responses().get(Integer.toString(status));
            if (response == null) {
                return Set.of();
            }
            Matcher codes = CODE.matcher(String.valueOf(response.get("description")));
            Set<String> found = new java.util.HashSet<>();
            while (codes.find()) {
                found.add(codes.group());
            }
            return found;
        }

        /** The documented example of the request body, if the operation takes one. */
        Optional<Object> requestExample() {
            Map<String, Object> body = (Map<String, Object>) described.get("requestBody");
            if (body == null) {
                return Optional.empty();
            }
            Map<String, Object> json =
                    (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
            assertThat(json).as("%s takes JSON", this).isNotNull();
            if (json.containsKey("example")) {
                return Optional.of(json.get("example"));
            }
            Map<String, Object> schema = (Map<String, Object>) json.get("schema");
            String ref = String.valueOf(schema.get("$ref"));
            Map<String, Object> named =
                    document.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
            List<Object> examples = named == null ? null : (List<Object>) named.get("examples");
            assertThat(examples).as("request example of %s (%s)", this, ref).isNotEmpty();
            return Optional.of(examples.get(0));
        }

        private Map<String, Object> responses() {
            return (Map<String, Object>) described.get("responses");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** Every operation of both partner documents, in document order. */
    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (String location : DOCUMENTS) {
            JsonPath document =
                    given().get(location).then().statusCode(200).extract().jsonPath();
            assertThat(document.getList("x-unavailable-services"))
                    .as("services missing from " + location)
                    .isEmpty();
            Map<String, Map<String, Object>> paths = document.getMap("paths");
            paths.forEach((template, operationsOfPath) -> operationsOfPath.forEach((method, described) -> {
                if (METHODS.contains(method)) {
                    operations.add(
                            new Operation(method.toUpperCase(), template, (Map<String, Object>) described, document));
                }
            }));
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }
}

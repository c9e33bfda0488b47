package com.resellerplans.gateway;

import static com.resellerplans.gateway.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each public route reaches its service with method, path, query, token and request id intact. */
@QuarkusTest
class ForwardingTest {
    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @BeforeEach
    void backendsUp() {
        EchoBackends.startAll();
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /bss/v1/resellers, limit=5, SUBSCRIPTION",
        "POST, /bss/v1/subscriptions/s-1/upgrade, , ORDER",
        "POST, /bss/v1/subscriptions/s-1/cancellation, , SUBSCRIPTION",
        "PUT, /bss/v1/setup/subscriptions, , SUBSCRIPTION",
        "GET, /bss/v1/orders, status=DRAFT&resellerId=r-1, ORDER",
        "PATCH, /bss/v1/orders/o-1/items/i-1, , ORDER",
        "DELETE, /bss/v1/orders/o-1, , ORDER",
        "GET, /bss/v1/aliases/techsolutions/availability, , STOREFRONT",
        "GET, /bss/v1/storefronts, cursor=abc%3D&limit=100, STOREFRONT",
        "PUT, /bss/v1/setup/storefront, , STOREFRONT",
        "POST, /bss/v1/setup/notifications/templates/subscription-upgraded/preview, , NOTIFICATION",
        "GET, /bss/v1/notifications/deliveries, , NOTIFICATION",
    })
    void operatorRoutesReachTheirService(String method, String path, String query, String service) {
        assertForwarded(TestTokens.operator(), method, path, query, service);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /storefront/v1/plans, , ORDER",
        "POST, /storefront/v1/basket/items, , ORDER",
        "DELETE, /storefront/v1/basket/items/i-1, , ORDER",
        "POST, /storefront/v1/basket/checkout, , ORDER",
        "GET, /storefront/v1/orders, limit=2, ORDER",
        "GET, /storefront/v1/subscriptions/s-1, , SUBSCRIPTION",
        "POST, /storefront/v1/subscriptions/s-1/cancellation, , SUBSCRIPTION",
        "GET, /storefront/v1/aliases/TechSolutions/availability, , STOREFRONT",
        "PUT, /storefront/v1/storefront/settings, , STOREFRONT",
    })
    void resellerRoutesReachTheirService(String method, String path, String query, String service) {
        assertForwarded(TestTokens.reseller(), method, path, query, service);
    }

    @Test
    void aStorefrontPageIsPublic() {
        given().get("/public/v1/distributors/disti-1/storefronts/techsolutions")
                .then()
                .statusCode(200)
                .body("service", equalTo("STOREFRONT"))
                .body("path", equalTo("/public/v1/distributors/disti-1/storefronts/techsolutions"))
                .body("authorization", nullValue());
    }

    @Test
    void signInCarriesTheSubCustomersToken() {
        String token = TestTokens.subCustomer();
        given().header("Authorization", bearer(token))
                .post("/public/v1/distributors/disti-1/storefronts/techsolutions/sign-in")
                .then()
                .statusCode(200)
                .body("service", equalTo("STOREFRONT"))
                .body("authorization", equalTo(bearer(token)));
    }

    @Test
    void theBodyIsForwarded() {
        String body = "{\"name\": \"Tech Solutions\", "
                + "\"primaryContact\": {\"name\": \"Ann Lee\", \"email\": \"ann@x.example\"}}";
        given().header("Authorization", bearer(TestTokens.operator()))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(body.length()));
    }

    @Test
    void anIdempotencyKeyReachesTheServiceAndItsReplayMarkComesBack() {
        given().header("Authorization", bearer(TestTokens.reseller()))
                .header("Idempotency-Key", "checkout-7f3a")
                .contentType(ContentType.JSON)
                .body("{\"storefrontAlias\": \"techsolutions\"}")
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(200)
                .body("idempotencyKey", equalTo("checkout-7f3a"))
                .header("Idempotency-Replayed", "true");
        given().header("Authorization", bearer(TestTokens.operator()))
                .post("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("idempotencyKey", nullValue())
                .header("Idempotency-Replayed", nullValue());
    }

    @Test
    void aRequestIdIsGeneratedEchoedAndPassedDownstream() {
        var response =
                given().header("Authorization", bearer(TestTokens.operator())).get("/bss/v1/resellers");
        String generated = response.header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(generated);
    }

    @Test
    void theCallersRequestIdIsKept() {
        given().header("Authorization", bearer(TestTokens.operator()))
                .header("X-Request-Id", "trace-42")
                .get("/bss/v1/resellers")
                .then()
                .header("X-Request-Id", "trace-42")
                .body("requestId", equalTo("trace-42"));
    }

    @Test
    void aRequestIdThatCouldForgeLogLinesIsReplaced() {
        given().header("Authorization", bearer(TestTokens.operator()))
                .header("X-Request-Id", "a b\tc")
                .get("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("requestId", not("a b\tc"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/internal/v1/resellers/r-1", "/bss/v2/resellers", "/bss/v1/internal", "/storefront/v1/q/health",
                "/public/v1/anything", "/q/openapi", "/q/swagger-ui", "/nothing-here",
            })
    void anythingOffTheTableIsANotFoundProblem(String path) {
        given().header("Authorization", bearer(TestTokens.operator()))
                .get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("status", equalTo(404))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void dotSegmentsAreResolvedBeforeRoutingSoABackendsQRoutesStayOutOfReach() {
        // /bss/v1/../q/health resolves to /q/health, which is off the table: never forwarded to a service
        assertThat(RawHttp.get("/bss/v1/../q/health"))
                .startsWith("HTTP/1.1 404")
                .contains("application/problem+json")
                .doesNotContain("\"service\"");
        assertThat(RawHttp.get("/bss/v1/resellers/../orders/o-1"))
                .startsWith("HTTP/1.1 401")
                .contains("UNAUTHENTICATED");

        assertThat(RawHttp.get("/bss/v1/resellers/../../../internal/v1/resellers/r-1"))
                .startsWith("HTTP/1.1 404")
                .contains("application/problem+json");
        assertThat(RawHttp.get("/public/v1/distributors/d/storefronts/%2e%2e/%2e%2e/%2e%2e/%2e%2e/q/openapi"))
                .startsWith("HTTP/1.1 404")
                .contains("application/problem+json");
    }

    @Test
    void anEncodedSlashIsNotForwarded() {
        assertThat(RawHttp.get("/public/v1/distributors/d/storefronts/..%2F..%2Fq%2Fhealth"))
                .startsWith("HTTP/1.1 404")
                .contains("NOT_FOUND");
    }

    @Test
    void theGatewayIsLiveAndReadyOnItsOwnOnTheManagementPortOnly() {
        given().get(live).then().statusCode(200).body("status", equalTo("UP"));
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertForwarded(String token, String method, String path, String query, String service) {
        String url = query == null ? path : path + "?" + query;
        given().header("Authorization", bearer(token))
                .urlEncodingEnabled(false)
                .request(method, url)
                .then()
                .statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo(method))
                .body("path", equalTo(path))
                .body("query", equalTo(query))
                .body("authorization", equalTo(bearer(token)));
    }
}

package com.resellerplans.gateway;

import static com.resellerplans.gateway.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CORS answers the configured frontend origin only (gateway.cors.origins, set by GatewayTestResource). */
@QuarkusTest
class CorsTest {

    static final String FRONTEND = "https://app.reseller-plans.example";

    @BeforeEach
    void backendsUp() {
        EchoBackends.startAll();
    }

    @Test
    void theFrontendsPreflightIsAnsweredByTheGateway() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .options("/storefront/v1/basket/items")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void theFrontendsCallsCarryTheHeadersAndReachTheService() {
        given().header("Origin", FRONTEND)
                .header("Authorization", bearer(TestTokens.reseller()))
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .body("service", equalTo("ORDER"))
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/storefront/v1/basket/items")
                .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        given().header("Origin", "https://evil.example")
                .header("Authorization", bearer(TestTokens.reseller()))
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}

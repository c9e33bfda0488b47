package com.resellerplans.gateway;

import static com.resellerplans.gateway.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alias availability and sign-in are limited per caller with the default budgets (20/s with a burst of
 * 40; 30 sign-ins a minute): a caller past its budget gets 429 with Retry-After, and others are unaffected.
 */
@QuarkusTest
class RateLimitsTest {

    private static final String AVAILABILITY = "/storefront/v1/aliases/techsolutions/availability";
    private static final String BSS_AVAILABILITY = "/bss/v1/aliases/techsolutions/availability";
    private static final String SIGN_IN = "/public/v1/distributors/disti-1/storefronts/techsolutions/sign-in";

    @BeforeEach
    void backendsUp() {
        EchoBackends.startAll();
    }

    @Test
    void anOperatorCheckingAvailabilityTooFastIsToldToWaitAndAnotherOperatorIsNot() {
        String hasty = bearer(TestTokens.operatorNamed("hasty-" + UUID.randomUUID()));
        Response refused =
                firstRefusal(() -> given().header("Authorization", hasty).get(BSS_AVAILABILITY), 200);

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        String calm = bearer(TestTokens.operatorNamed("calm-" + UUID.randomUUID()));
        given().header("Authorization", calm)
                .get(BSS_AVAILABILITY)
                .then()
                .statusCode(200)
                .body("service", equalTo("STOREFRONT"));
    }

    @Test
    void aResellerTypingAnAliasHasABurstOfForty() {
        String typing = bearer(TestTokens.reseller());
        int allowed = 0;
        while (given().header("Authorization", typing).get(AVAILABILITY).statusCode() == 200 && allowed < 200) {
            allowed++;
        }
        // the burst, plus what refilled while the calls were made
        assertThat(allowed).isBetween(40, 199);
    }

    @Test
    void signingInTooOftenIsLimitedPerCaller() {
        String eager = bearer(TestTokens.subCustomerNamed("eager-" + UUID.randomUUID()));
        Response refused =
                firstRefusal(() -> given().header("Authorization", eager).post(SIGN_IN), 31);

        assertThat(refused.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3L);
        given().header("Authorization", bearer(TestTokens.subCustomerNamed("patient-" + UUID.randomUUID())))
                .post(SIGN_IN)
                .then()
                .statusCode(200);
    }

    @Test
    void otherRoutesAreNotLimited() {
        String operator = bearer(TestTokens.operatorNamed("busy-" + UUID.randomUUID()));
        for (int i = 0; i < 60; i++) {
            given().header("Authorization", operator)
                    .get("/bss/v1/resellers")
                    .then()
                    .statusCode(200);
        }
    }

    /** Calls until the first 429, which must come within {@code atMost} calls. */
    private static Response firstRefusal(java.util.function.Supplier<Response> call, int atMost) {
        for (int i = 0; i < atMost; i++) {
            Response response = call.get();
            if (response.statusCode() == 429) {
                return response;
            }
            assertThat(response.statusCode()).isEqualTo(200);
        }
        throw new AssertionError("No 429 within " + atMost + " calls");
    }
}

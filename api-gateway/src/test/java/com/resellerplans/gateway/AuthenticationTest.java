package com.resellerplans.gateway;

import static com.resellerplans.gateway.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** No route is forwarded without a verified token and the coarse role its API family needs. */
@QuarkusTest
class AuthenticationTest {

    private static final String BSS = "/bss/v1/resellers";
    private static final String STOREFRONT = "/storefront/v1/plans";
    private static final String SIGN_IN = "/public/v1/distributors/disti-1/storefronts/techsolutions/sign-in";

    @BeforeEach
    void backendsUp() {
        EchoBackends.startAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {BSS, STOREFRONT, SIGN_IN})
    void noTokenIsUnauthenticated(String path) {
        unauthenticated(given().post(path).then());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic b3BlcmF0b3I6c2VjcmV0", "Bearer", "Bearer ", "Bearer not.a.jwt", "Bearer abc"})
    void aMalformedAuthorizationIsUnauthenticated(String authorization) {
        unauthenticated(given().header("Authorization", authorization).get(BSS).then());
    }

    static Stream<Arguments> badTokens() {
        long now = Instant.now().getEpochSecond();
        return Stream.<Supplier<String>>of(
                        () -> TestTokens.rs256(TestTokens.operatorClaims()
                                .put("iat", now - 7200)
                                .put("exp", now - 3600)),
                        () -> TestTokens.rs256(TestTokens.operatorClaims()
                                .put("iat", now + 3600)
                                .put("exp", now + 7200)),
                        () -> TestTokens.rs256(TestTokens.operatorClaims().put("nbf", now + 3600)),
                        () -> TestTokens.rs256(TestTokens.operatorClaims().put("iss", "https://evil.example")),
                        () -> TestTokens.rs256(TestTokens.operatorClaims().put("aud", "another-product")),
                        () -> TestTokens.rs256WithForeignKey(TestTokens.operatorClaims()),
                        () -> TestTokens.unsigned(TestTokens.operatorClaims()),
                        () -> TestTokens.hs256WithPublicKey(TestTokens.operatorClaims()),
                        () -> tamperedGroups(TestTokens.operator()))
                .map(token -> arguments(token.get()));
    }

    @ParameterizedTest(
            name =
                    "[{index}] expired, issued in the future, not before, wrong issuer, wrong audience, foreign key, alg none, HS256, tampered")
    @MethodSource("badTokens")
    void aTokenThatDoesNotVerifyIsUnauthenticated(String token) {
        unauthenticated(given().header("Authorization", bearer(token)).get(BSS).then());
    }

    @Test
    void aWellSignedTokenWithTheRightClaimsPasses() {
        given().header("Authorization", bearer(TestTokens.rs256(TestTokens.operatorClaims())))
                .get(BSS)
                .then()
                .statusCode(200)
                .body("service", equalTo("SUBSCRIPTION"));
    }

    @Test
    void aResellerMayNotCallTheBssApi() {
        forbidden(given().header("Authorization", bearer(TestTokens.reseller()))
                .get(BSS)
                .then());
        forbidden(given().header("Authorization", bearer(TestTokens.subCustomer()))
                .get(BSS)
                .then());
    }

    @Test
    void anOperatorMayNotCallTheStorefrontApi() {
        forbidden(given().header("Authorization", bearer(TestTokens.operator()))
                .get(STOREFRONT)
                .then());
    }

    @Test
    void theStorefrontApiNeedsTheResellerClaim() {
        forbidden(given().header("Authorization", bearer(TestTokens.resellerAdminWithoutReseller()))
                .get(STOREFRONT)
                .then());
        forbidden(given().header("Authorization", bearer(TestTokens.subCustomer()))
                .get(STOREFRONT)
                .then());
    }

    @Test
    void anOperatorMayNotSignInToAStorefront() {
        forbidden(given().header("Authorization", bearer(TestTokens.operator()))
                .post(SIGN_IN)
                .then());
    }

    @Test
    void aResellerMaySignInToAStorefront() {
        given().header("Authorization", bearer(TestTokens.reseller()))
                .post(SIGN_IN)
                .then()
                .statusCode(200)
                .body("service", equalTo("STOREFRONT"));
    }

    @Test
    void aTokenWithoutADistributorIsForbidden() {
        JsonObject claims = TestTokens.operatorClaims();
        claims.remove("distributor");
        forbidden(given().header("Authorization", bearer(TestTokens.rs256(claims)))
                .get(BSS)
                .then());
    }

    /** The payload of a valid token with its groups rewritten, keeping the original signature. */
    private static String tamperedGroups(String token) {
        String[] parts = token.split("\\.");
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1])));
        claims.put("groups", new JsonArray().add("bss-operator").add("reseller-admin"));
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.encode().getBytes());
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static void unauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("status", equalTo(401))
                .body("type", equalTo("https://docs.reseller-plans.example/problems/unauthenticated"))
                .body("title", equalTo("Unauthorized"));
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("status", equalTo(403));
    }
}

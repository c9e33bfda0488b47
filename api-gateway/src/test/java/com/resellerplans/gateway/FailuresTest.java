package com.resellerplans.gateway;

import static com.resellerplans.gateway.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.gateway.routing.Service;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the caller sees when a service is down, fails, refuses the method, or the request is too large. */
@QuarkusTest
class FailuresTest {
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @BeforeEach
    void backendsUp() {
        EchoBackends.startAll();
    }

    @Test
    void aServiceThatIsDownIsAServiceUnavailableProblem() {
        EchoBackends.stop(Service.NOTIFICATION);
        try {
            given().header("Authorization", bearer(TestTokens.operator()))
                    .get("/bss/v1/notifications/deliveries")
                    .then()
                    .statusCode(503)
                    .time(lessThan(5_000L))
                    .contentType("application/problem+json")
                    .body("code", equalTo("SERVICE_UNAVAILABLE"))
                    .header("X-Request-Id", notNullValue());
            // the other services are not affected, and the gateway stays ready
            given().header("Authorization", bearer(TestTokens.operator()))
                    .get("/bss/v1/orders")
                    .then()
                    .statusCode(200)
                    .body("service", equalTo("ORDER"));
            given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            EchoBackends.startAll();
        }
        given().header("Authorization", bearer(TestTokens.operator()))
                .get("/bss/v1/notifications/deliveries")
                .then()
                .statusCode(200)
                .body("service", equalTo("NOTIFICATION"));
    }

    @Test
    void aServiceThatStaysSilentIsAServiceUnavailableProblem() {
        given().header("Authorization", bearer(TestTokens.operator()))
                .get("/bss/v1/orders/silent")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("SERVICE_UNAVAILABLE"));
    }

    @Test
    void aServicesErrorPageNeverReachesTheCaller() {
        given().header("Authorization", bearer(TestTokens.operator()))
                .get("/bss/v1/orders/boom")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_GATEWAY"))
                .body(not(containsString("Exception")))
                .body(not(containsString("Secret")));
    }

    @Test
    void aServicesMethodNotAllowedNamesTheMethodsThePartnerDocumentsGive() {
        given().header("Authorization", bearer(TestTokens.operator()))
                .request(Method.TRACE, "/bss/v1/subscriptions/s-1/upgrade")
                .then()
                .statusCode(405)
                .header("Allow", equalTo("GET, POST"))
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aMethodNotAllowedOnAPathNoDocumentNamesIsPassedOnAsItIs() {
        given().header("Authorization", bearer(TestTokens.operator()))
                .request(Method.TRACE, "/bss/v1/orders/o-1/items/i-1")
                .then()
                .statusCode(405)
                .header("Allow", nullValue())
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void theGatewaysOwnMethodNotAllowedNamesGet() {
        given().post("/openapi/bss")
                .then()
                .statusCode(405)
                .header("Allow", equalTo("GET"))
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aRequestLineOverTheLimitIsAUriTooLongProblem() {
        given().header("Authorization", bearer(TestTokens.operator()))
                .get("/bss/v1/orders/" + "a".repeat(5_000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("code", equalTo("URI_TOO_LONG"))
                .header("X-Request-Id", notNullValue());
        // "GET " + path + " HTTP/1.1" of exactly the limit, 4096 characters, is served
        String longest = "/bss/v1/orders/" + "a".repeat(4096 - "GET  HTTP/1.1".length() - "/bss/v1/orders/".length());
        given().header("Authorization", bearer(TestTokens.operator()))
                .get(longest)
                .then()
                .statusCode(200)
                .body("path", equalTo(longest));
        given().header("Authorization", bearer(TestTokens.operator()))
                .get(longest + "a")
                .then()
                .statusCode(414)
                .body("code", equalTo("URI_TOO_LONG"));
    }

    @Test
    void aBodyOverOneMegabyteIsAPayloadTooLargeProblem() {
        byte[] body = new byte[1024 * 1024 + 1];
        given().header("Authorization", bearer(TestTokens.operator()))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/bss/v1/resellers")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("BODY_TOO_LARGE"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void aChunkedBodyOverOneMegabyteIsAPayloadTooLargeProblem() {
        // no Content-Length to check up front: the gateway counts the body on its way
        assertThat(RawHttp.postChunked("/bss/v1/resellers", bearer(TestTokens.operator()), 2 * 1024 * 1024))
                .startsWith("HTTP/1.1 413")
                .contains("application/problem+json")
                .contains("BODY_TOO_LARGE");
        given().header("Authorization", bearer(TestTokens.operator()))
                .get("/bss/v1/resellers")
                .then()
                .statusCode(200);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsForwarded() {
        assertThat(RawHttp.postChunked("/bss/v1/resellers", bearer(TestTokens.operator()), 1024 * 1024))
                .startsWith("HTTP/1.1 200")
                .contains("\"bodyLength\":1048576");
    }

    @Test
    void aBodyOfExactlyOneMegabyteIsForwarded() {
        byte[] body = new byte[1024 * 1024];
        given().header("Authorization", bearer(TestTokens.operator()))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(body.length));
    }
}

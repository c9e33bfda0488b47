package com.resellerplans.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.order.TestData;
import com.resellerplans.order.domain.Order;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on order routes: scoped to the concrete route, and never keeping a failure on our side. */
@QuarkusTest
class OrderIdempotencyTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final String token = TestData.operatorToken(distributor);
    private final String key = UUID.randomUUID().toString();

    @Inject
    TestData data;

    @Test
    void theSameKeyOnAnotherOrdersExecutionRunsItAndReplaysOnlyOnTheSameOrder() {
        Order first = data.order(distributor, reseller, OrderKind.NEW, Plan.STANDARD, null, false);
        Order second = data.order(distributor, reseller, OrderKind.NEW, Plan.STANDARD, null, false);

        execute(first)
                .then()
                .statusCode(422)
                .body("code", equalTo("ALIAS_REQUIRED"))
                .header("Idempotency-Replayed", nullValue());
        execute(second)
                .then()
                .statusCode(422)
                .body("code", equalTo("ALIAS_REQUIRED"))
                .header("Idempotency-Replayed", nullValue());
        execute(first)
                .then()
                .statusCode(422)
                .body("code", equalTo("ALIAS_REQUIRED"))
                .header("Idempotency-Replayed", equalTo("true"));
    }

    @Test
    void anAnswerOfOurOwnFailureIsNotKeptSoARetryRunsAgain() {
        // the reseller directory is unreachable in tests: drafting answers 503
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth()
                    .oauth2(token)
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body("{\"resellerId\":\"" + reseller + "\",\"items\":[{\"product\":\"FREE_PLAN\"}]}")
                    .when()
                    .post("/bss/v1/orders")
                    .then()
                    .statusCode(503)
                    .body("code", equalTo("DEPENDENCY_UNAVAILABLE"))
                    .header("Idempotency-Replayed", nullValue());
        }
        assertThat(data.count("idempotency_key", distributor)).isZero();
        assertThat(data.count("orders", distributor)).isZero();
    }

    private Response execute(Order order) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .when()
                .post("/bss/v1/orders/" + order.id() + "/execution");
    }
}

package com.resellerplans.order.order.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.order.TestData;
import com.resellerplans.order.order.domain.Order;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key is scoped to the concrete route: one key on two orders' execution is two requests. */
@QuarkusTest
class ExecutionIdempotencyTest {
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

        execute(first).then().statusCode(422).body("code", equalTo("ALIAS_REQUIRED"))
                .header("Idempotency-Replayed", nullValue());
        execute(second).then().statusCode(422).body("code", equalTo("ALIAS_REQUIRED"))
                .header("Idempotency-Replayed", nullValue());
        execute(first).then().statusCode(422).body("code", equalTo("ALIAS_REQUIRED"))
                .header("Idempotency-Replayed", equalTo("true"));
    }

    private Response execute(Order order) {
        return given().auth().oauth2(token).header("Idempotency-Key", key)
                .when().post("/bss/v1/orders/" + order.id() + "/execution");
    }
}

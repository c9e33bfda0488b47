package com.resellerplans.order.basket.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.order.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A retried basket POST with the same Idempotency-Key answers the first item, not BASKET_HAS_PLAN. */
@QuarkusTest
class BasketIdempotencyTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final String token = TestData.resellerToken(distributor, reseller);
    private final String key = UUID.randomUUID().toString();

    @Test
    void aRetriedAddAnswersTheSameItemAndKeepsOne() {
        Response first = add("STANDARD_PLAN");
        Response retry = add("STANDARD_PLAN");

        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        retry.then().statusCode(201).contentType(ContentType.JSON).header("Idempotency-Replayed", equalTo("true"))
                .body("id", equalTo(first.path("id"))).body("product", equalTo("STANDARD_PLAN"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        given().auth().oauth2(token).when().get("/storefront/v1/basket")
                .then().statusCode(200).body("items.id", contains((String) first.path("id")));
    }

    @Test
    void anotherProductUnderTheSameKeyIsRefused() {
        add("STANDARD_PLAN").then().statusCode(201);

        add("FREE_PLAN").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(token).when().get("/storefront/v1/basket")
                .then().statusCode(200).body("items.product", contains("STANDARD_PLAN"));
    }

    private Response add(String product) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"product\": \"" + product + "\"}")
                .when().post("/storefront/v1/basket/items");
    }
}

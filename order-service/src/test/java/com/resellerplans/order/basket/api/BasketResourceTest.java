package com.resellerplans.order.basket.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.resellerplans.order.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BasketResourceTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final String token = TestData.resellerToken(distributor, reseller);

    @Inject
    TestData data;

    @Test
    void aPlanProductGoesInAndComesOut() {
        String itemId = add("STANDARD_PLAN")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("product", equalTo("STANDARD_PLAN"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .body("items.id", contains(itemId))
                .body("items.product", contains("STANDARD_PLAN"));

        given().auth()
                .oauth2(token)
                .when()
                .delete("/storefront/v1/basket/items/" + itemId)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void aSecondPlanProductIsRefusedAndTheBasketKept() {
        String itemId = add("FREE_PLAN").then().statusCode(201).extract().path("id");

        add("STANDARD_PLAN")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("BASKET_HAS_PLAN"));
        add("FREE_PLAN").then().statusCode(409).body("code", equalTo("BASKET_HAS_PLAN"));

        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .body("items.id", contains(itemId))
                .body("items.product", contains("FREE_PLAN"));
    }

    @Test
    void anUnknownProductIsRefused() {
        add("GOLD_PLAN")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_PRODUCT"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_REQUEST"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"product\":")
                .when()
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"product\":\"FREE_PLAN\",\"price\":0}")
                .when()
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(422)
                .body("code", equalTo("UNKNOWN_FIELD"))
                .body("field", equalTo("price"));

        assertThat(data.count("basket_item", distributor)).isZero();
    }

    @Test
    void anotherResellersItemIsNotFound() {
        String itemId = add("FREE_PLAN").then().statusCode(201).extract().path("id");
        String otherToken = TestData.resellerToken(distributor, TestData.newReseller());
        String otherDistributorToken = TestData.resellerToken(TestData.newDistributor(), reseller);

        for (String other : new String[] {otherToken, otherDistributorToken}) {
            given().auth()
                    .oauth2(other)
                    .when()
                    .delete("/storefront/v1/basket/items/" + itemId)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", equalTo("BASKET_ITEM_NOT_FOUND"));
            given().auth()
                    .oauth2(other)
                    .when()
                    .get("/storefront/v1/basket")
                    .then()
                    .body("items", empty());
        }
        given().auth()
                .oauth2(token)
                .when()
                .delete("/storefront/v1/basket/items/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("BASKET_ITEM_NOT_FOUND"));

        given().auth().oauth2(token).when().get("/storefront/v1/basket").then().body("items.id", contains(itemId));
    }

    @Test
    void theBasketIsForResellersOnly() {
        given().auth()
                .oauth2(TestData.operatorToken(distributor))
                .contentType(ContentType.JSON)
                .body("{\"product\":\"FREE_PLAN\"}")
                .when()
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        assertThat(data.count("basket_item", distributor)).isZero();
    }

    private io.restassured.response.Response add(String product) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"product\":\"" + product + "\"}")
                .when()
                .post("/storefront/v1/basket/items");
    }
}

package com.resellerplans.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Tier;
import com.resellerplans.order.TestData;
import com.resellerplans.order.position.domain.PlanPosition;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Checkout refusals: each leaves basket, orders, position and outbox as they were. The happy path needs the
 * real subscription and storefront-alias services and is driven by the journey tests.
 */
@QuarkusTest
class CheckoutTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final String token = TestData.resellerToken(distributor, reseller);

    @Inject
    TestData data;

    @Test
    void anEmptyBasketIsRefused() {
        checkout("{\"storefrontAlias\":\"techsolutions\"}")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("BASKET_EMPTY"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .when()
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(409)
                .body("code", equalTo("BASKET_EMPTY"));

        assertNothingHappened(0);
    }

    @Test
    void aBasicResellerMustGiveAnAlias() {
        addToBasket("STANDARD_PLAN");

        checkout("{}")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("ALIAS_REQUIRED"));
        checkout("{\"storefrontAlias\":\"  \"}").then().statusCode(422).body("code", equalTo("ALIAS_REQUIRED"));

        assertNothingHappened(1);
    }

    @Test
    void anUpgradeTakesNoAlias() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", false);
        addToBasket("STANDARD_PLAN");

        checkout("{\"storefrontAlias\":\"techsolutions\"}")
                .then()
                .statusCode(422)
                .body("code", equalTo("ALIAS_NOT_ALLOWED_ON_UPGRADE"));

        assertPositionUnchanged(Tier.FREE);
    }

    @Test
    void theActivePlanIsRefused() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", false);
        addToBasket("FREE_PLAN");

        checkout("{}").then().statusCode(409).body("code", equalTo("PLAN_ALREADY_ACTIVE"));

        assertPositionUnchanged(Tier.FREE);
    }

    @Test
    void aDowngradeIsRefused() {
        data.position(distributor, reseller, Tier.STANDARD, "sub-1", false);
        addToBasket("FREE_PLAN");

        checkout("{}").then().statusCode(409).body("code", equalTo("PLAN_DOWNGRADE_NOT_ALLOWED"));

        assertPositionUnchanged(Tier.STANDARD);
    }

    @Test
    void nothingIsOrderedWhileACancellationIsPending() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", true);
        addToBasket("STANDARD_PLAN");

        checkout("{}").then().statusCode(409).body("code", equalTo("CANCELLATION_PENDING"));

        assertPositionUnchanged(Tier.FREE);
    }

    /** Repeated: a transaction carried onto the REST client's I/O thread once left the position row behind. */
    @RepeatedTest(10)
    void anUnreachableDependencyChangesNothing() {
        addToBasket("STANDARD_PLAN");

        checkout("{\"storefrontAlias\":\"techsolutions\"}")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        assertNothingHappened(1);
        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .body("items.product", contains("STANDARD_PLAN"));
    }

    @Test
    void anUnreachableDependencyChangesNothingOnAnUpgrade() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", false);
        addToBasket("STANDARD_PLAN");

        checkout("{}").then().statusCode(503).body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        assertPositionUnchanged(Tier.FREE);
    }

    @Test
    void checkoutIsForResellersOnly() {
        given().auth()
                .oauth2(TestData.operatorToken(distributor))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    private void assertNothingHappened(long basketItems) {
        assertThat(data.count("basket_item", distributor)).isEqualTo(basketItems);
        assertThat(data.count("orders", distributor)).isZero();
        assertThat(data.count("plan_position", distributor)).isZero();
        assertThat(data.outboxEvents(reseller)).isZero();
    }

    private void assertPositionUnchanged(Tier tier) {
        PlanPosition position = data.position(distributor, reseller).orElseThrow();
        assertThat(position.tier()).isEqualTo(tier);
        assertThat(position.version()).isZero();
        assertThat(data.count("basket_item", distributor)).isEqualTo(1);
        assertThat(data.count("orders", distributor)).isZero();
        assertThat(data.outboxEvents(reseller)).isZero();
    }

    private void addToBasket(String product) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"product\":\"" + product + "\"}")
                .when()
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(201);
    }

    private io.restassured.response.Response checkout(String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/storefront/v1/basket/checkout");
    }
}

package com.resellerplans.order.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.events.Tier;
import com.resellerplans.order.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();

    @Inject
    TestData data;

    @Test
    void aBasicResellerMayOrderEitherPlan() {
        given().auth()
                .oauth2(TestData.resellerToken(distributor, reseller))
                .when()
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .body("items.id", contains("FREE_PLAN", "STANDARD_PLAN"))
                .body("items.product", contains("FREE_PLAN", "STANDARD_PLAN"))
                .body("items.plan", contains("FREE", "STANDARD"))
                .body("items.orderable", contains(true, true))
                .body("items[0].reason", nullValue())
                .body("items[1].name", equalTo("Standard Reseller Plan"))
                .body("nextCursor", nullValue());
    }

    @Test
    void aFreeResellerMayOnlyUpgrade() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", false);

        given().auth()
                .oauth2(TestData.resellerToken(distributor, reseller))
                .when()
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .body("items.orderable", contains(false, true))
                .body("items.reason", contains("PLAN_ALREADY_ACTIVE", null));
    }

    @Test
    void aStandardResellerMayNotDowngrade() {
        data.position(distributor, reseller, Tier.STANDARD, "sub-1", false);

        given().auth()
                .oauth2(TestData.resellerToken(distributor, reseller))
                .when()
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .body("items.reason", contains("PLAN_DOWNGRADE_NOT_ALLOWED", "PLAN_ALREADY_ACTIVE"));
    }

    @Test
    void nothingIsOrderableWhileACancellationIsPending() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", true);

        given().auth()
                .oauth2(TestData.resellerToken(distributor, reseller))
                .when()
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .body("items.orderable", contains(false, false))
                .body("items.reason", contains("CANCELLATION_PENDING", "CANCELLATION_PENDING"));
    }

    @Test
    void theCatalogueIsForResellersOnly() {
        given().when()
                .get("/storefront/v1/plans")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        given().auth()
                .oauth2(TestData.operatorToken(distributor))
                .when()
                .get("/storefront/v1/plans")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }
}

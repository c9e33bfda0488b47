package com.resellerplans.order.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.order.TestData;
import com.resellerplans.order.domain.Order;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderQueriesTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final String otherReseller = TestData.newReseller();

    @Inject
    TestData data;

    @Test
    void aResellerSeesOnlyItsOwnOrders() {
        Order own = data.order(distributor, reseller, OrderKind.NEW, Plan.STANDARD, "techsolutions", true);
        Order other = data.order(distributor, otherReseller, OrderKind.NEW, Plan.FREE, "others", true);
        String token = TestData.resellerToken(distributor, reseller);

        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(own.id().toString()))
                .body("nextCursor", nullValue());
        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/orders/" + own.id())
                .then()
                .statusCode(200)
                .body("id", equalTo(own.id().toString()))
                .body("resellerId", equalTo(reseller))
                .body("status", equalTo("EXECUTED"))
                .body("kind", equalTo("NEW"))
                .body("channel", equalTo("STOREFRONT"))
                .body("plan", equalTo("STANDARD"))
                .body("items[0].id", equalTo(own.lineId().toString()))
                .body("items[0].product", equalTo("STANDARD_PLAN"))
                .body("items[0].storefrontAlias", equalTo("techsolutions"))
                .body("createdBy.subject", equalTo("someone"))
                .body("createdBy.role", equalTo("reseller-admin"))
                .body("createdAt", notNullValue())
                .body("executedAt", notNullValue())
                .body("rejectionReason", nullValue())
                .body("allowedActions", empty());
        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/orders/" + other.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("ORDER_NOT_FOUND"));
    }

    @Test
    void anOperatorSeesItsDistributorsOrdersByStatusAndReseller() {
        Order executed = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, "first", true);
        Order draft = data.order(distributor, otherReseller, OrderKind.NEW, Plan.STANDARD, null, false);
        data.order(TestData.newDistributor(), reseller, OrderKind.NEW, Plan.FREE, "elsewhere", true);
        String token = TestData.operatorToken(distributor);

        given().auth()
                .oauth2(token)
                .when()
                .get("/bss/v1/orders")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        containsInAnyOrder(executed.id().toString(), draft.id().toString()));
        given().auth()
                .oauth2(token)
                .queryParam("status", "DRAFT")
                .when()
                .get("/bss/v1/orders")
                .then()
                .body("items.id", contains(draft.id().toString()))
                .body("items[0].allowedActions", contains("SET_ALIAS", "EXECUTE", "DELETE"));
        given().auth()
                .oauth2(token)
                .queryParam("resellerId", reseller)
                .when()
                .get("/bss/v1/orders")
                .then()
                .body("items.id", contains(executed.id().toString()));
        given().auth()
                .oauth2(token)
                .when()
                .get("/bss/v1/orders/" + draft.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("executedAt", nullValue());
        given().auth()
                .oauth2(TestData.operatorToken(TestData.newDistributor()))
                .when()
                .get("/bss/v1/orders/" + draft.id())
                .then()
                .statusCode(404)
                .body("code", equalTo("ORDER_NOT_FOUND"));
    }

    @Test
    void listsArePagedNewestFirst() {
        Order first = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, "a", true);
        Order second = data.order(distributor, reseller, OrderKind.UPGRADE, Plan.STANDARD, null, true);
        Order third = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, null, false);
        String token = TestData.operatorToken(distributor);

        String cursor = given().auth()
                .oauth2(token)
                .queryParam("limit", 2)
                .when()
                .get("/bss/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(third.id().toString(), second.id().toString()))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        given().auth()
                .oauth2(token)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get("/bss/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(first.id().toString()))
                .body("nextCursor", nullValue());
        given().auth()
                .oauth2(token)
                .queryParam("cursor", "not-a-cursor")
                .when()
                .get("/bss/v1/orders")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void anUnknownStatusFilterIsAnInvalidRequest() {
        given().auth()
                .oauth2(TestData.operatorToken(distributor))
                .queryParam("status", "SHIPPED")
                .when()
                .get("/bss/v1/orders")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void aLimitThatIsNotANumberIsAnInvalidRequestOnBothLists() {
        Order own = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, null, true);
        String operator = TestData.operatorToken(distributor);
        String resellerAdmin = TestData.resellerToken(distributor, reseller);

        for (String limit : new String[] {"abc", "1.5", "%25"}) {
            given().auth()
                    .oauth2(operator)
                    .urlEncodingEnabled(false)
                    .when()
                    .get("/bss/v1/orders?limit=" + limit)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INVALID_REQUEST"))
                    .body("violations[0].field", equalTo("limit"))
                    .body("violations[0].message", equalTo("must be a whole number"));
            given().auth()
                    .oauth2(resellerAdmin)
                    .urlEncodingEnabled(false)
                    .when()
                    .get("/storefront/v1/orders?limit=" + limit)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INVALID_REQUEST"))
                    .body("violations[0].field", equalTo("limit"));
        }
        given().auth()
                .oauth2(resellerAdmin)
                .queryParam("cursor", "%%%")
                .when()
                .get("/storefront/v1/orders")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_CURSOR"));
        // a read refused changes nothing, and an empty limit is no limit
        given().auth()
                .oauth2(resellerAdmin)
                .when()
                .get("/storefront/v1/orders?limit=")
                .then()
                .statusCode(200)
                .body("items.id", contains(own.id().toString()));
    }

    @Test
    void bothListsDocumentTheRefusalOfALimitThatIsNotANumber() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/bss/v1/orders'.get.responses.'422'.description", containsString("INVALID_REQUEST"))
                .body(
                        "paths.'/storefront/v1/orders'.get.responses.'422'.description",
                        containsString("INVALID_REQUEST"));
    }

    @Test
    void eachSideKeepsToItsRoutes() {
        given().auth()
                .oauth2(TestData.resellerToken(distributor, reseller))
                .when()
                .get("/bss/v1/orders")
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth()
                .oauth2(TestData.operatorToken(distributor))
                .when()
                .get("/storefront/v1/orders")
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }
}

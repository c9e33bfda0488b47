package com.resellerplans.order.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.TokenMinter;
import com.resellerplans.order.TestData;
import com.resellerplans.order.domain.Order;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order a service job asks about with its own service token, within the token's distributor only. */
@QuarkusTest
class InternalOrderResourceTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();

    @Inject
    TestData data;

    @Test
    void aServiceTokenReadsWhetherAnOrderOfItsDistributorExecuted() {
        Order executed = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, "techsolutions", true);
        Order draft = data.order(distributor, reseller, OrderKind.NEW, Plan.STANDARD, "drafted", false);

        given().auth()
                .oauth2(serviceToken(distributor))
                .get("/internal/v1/orders/{id}", executed.id())
                .then()
                .statusCode(200)
                .body("id", equalTo(executed.id().toString()))
                .body("distributorId", equalTo(distributor))
                .body("resellerId", equalTo(reseller))
                .body("status", equalTo("EXECUTED"))
                .body("storefrontAlias", equalTo("techsolutions"));
        given().auth()
                .oauth2(serviceToken(distributor))
                .get("/internal/v1/orders/{id}", draft.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void anotherDistributorsOrMissingOrderIsNotFoundAndPeopleMayNotCall() {
        Order executed = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, "techsolutions", true);

        given().auth()
                .oauth2(serviceToken("other-" + distributor))
                .get("/internal/v1/orders/{id}", executed.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("ORDER_NOT_FOUND"));
        given().auth()
                .oauth2(serviceToken(distributor))
                .get("/internal/v1/orders/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("ORDER_NOT_FOUND"));
        given().auth()
                .oauth2(TestData.operatorToken(distributor))
                .get("/internal/v1/orders/{id}", executed.id())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestData.resellerToken(distributor, reseller))
                .get("/internal/v1/orders/{id}", executed.id())
                .then()
                .statusCode(403);
        given().get("/internal/v1/orders/{id}", executed.id()).then().statusCode(401);
    }

    /** What storefront-alias-service's reconciliation job sends: signed with the platform key, no person. */
    private static String serviceToken(String distributorId) {
        return Jwt.issuer(TokenMinter.ISSUER)
                .audience(TokenMinter.AUDIENCE)
                .subject("storefront-alias-service")
                .groups("suite-service")
                .claim("distributor", distributorId)
                .expiresIn(60)
                .sign(TestServers.keys().privateKey());
    }
}

package com.resellerplans.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.TokenMinter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A token issued ahead of the service's clock (beyond a minute of drift) is not valid yet: 401, as at the gateway. */
@QuarkusTest
class FutureTokensTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();

    @Inject
    TestData data;

    @Test
    void aTokenIssuedTenMinutesAheadIsRefusedAndChangesNothing() {
        TokenMinter ahead = new TokenMinter(
                TestServers.keys().privateKey(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
        String future = ahead.reseller(distributor, reseller);

        given().auth()
                .oauth2(future)
                .contentType(ContentType.JSON)
                .body("{\"product\":\"STANDARD_PLAN\"}")
                .when()
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        given().auth()
                .oauth2(future)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));

        assertThat(data.count("basket_item", distributor)).isZero();
    }

    @Test
    void aTokenIssuedNowIsAccepted() {
        given().auth()
                .oauth2(TestData.resellerToken(distributor, reseller))
                .contentType(ContentType.JSON)
                .body("{\"product\":\"STANDARD_PLAN\"}")
                .when()
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(201);

        assertThat(data.count("basket_item", distributor)).isEqualTo(1);
    }
}

package com.resellerplans.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.localservers.HeldTransaction;
import com.resellerplans.order.TestData;
import com.resellerplans.order.domain.Order;
import com.resellerplans.order.position.domain.PlanPositions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The BSS pencil asks storefront-alias-service for its hold only under the reseller's position lock, like a checkout
 * and an execution: storefront-alias-service may give a new hold the reseller's alias confirmed for an order not
 * committed, which is only safe while no other order of the reseller is between its confirmation and its commit.
 */
@QuarkusTest
class AliasPencilLockTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();

    @Inject
    TestData data;

    @Inject
    PlanPositions positions;

    @Inject
    EntityManager entityManager;

    @Test
    void thePencilWaitsForAnOrderOfTheResellerThatIsCommitting() throws Exception {
        Order draft = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, null, false);

        CompletableFuture<Response> pencil;
        try (HeldTransaction committing =
                HeldTransaction.open("orders", entityManager, () -> positions.lockFor(distributor, reseller))) {
            pencil = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(TestData.operatorToken(distributor))
                    .contentType(ContentType.JSON)
                    .body("{\"storefrontAlias\":\"techsolutions\"}")
                    .patch("/bss/v1/orders/" + draft.id() + "/items/" + draft.lineId())
                    .andReturn());
            committing.awaitSomeoneWaiting();
            assertThat(pencil).isNotDone();
            committing.commit();
        }

        // storefront-alias-service is out of reach in these tests: the pencil got as far as asking it
        assertThat(pencil.join().statusCode()).isEqualTo(503);
        assertThat(data.order(distributor, draft.id()).orElseThrow().storefrontAlias())
                .isNull();
    }
}

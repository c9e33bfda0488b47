package com.resellerplans.gateway;

import static com.resellerplans.gateway.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.gateway.routing.Service;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every service runs as two instances here: the gateway shares the requests and steps over a dead one. */
@QuarkusTest
class BalancingTest {
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @BeforeEach
    void backendsUp() {
        EchoBackends.startAll();
    }

    @Test
    void requestsAreSharedByTheInstancesInTurn() {
        Set<String> answeredBy = new HashSet<>();
        List<String> instances = EchoBackends.instances(Service.ORDER).stream()
                .map(URI::toString)
                .toList();
        // an instance another test stopped may still rest (tried last) for a few seconds
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            answeredBy.add(instanceAnsweringOrders());
            return answeredBy.containsAll(instances);
        });
        assertThat(answeredBy).containsExactlyInAnyOrderElementsOf(instances);
    }

    @Test
    void anInstanceThatRefusesConnectionsHandsItsRequestsToTheOther() {
        List<URI> instances = EchoBackends.instances(Service.ORDER);
        EchoBackends.stop(Service.ORDER, 0);
        try {
            for (int i = 0; i < 6; i++) {
                assertThat(instanceAnsweringOrders()).isEqualTo(instances.get(1).toString());
            }
            given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            EchoBackends.startAll();
        }
    }

    @Test
    void aRestedInstanceTakesRequestsAgainOnceItIsBack() {
        List<URI> instances = EchoBackends.instances(Service.SUBSCRIPTION);
        EchoBackends.stop(Service.SUBSCRIPTION, 1);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", bearer(TestTokens.operator()))
                    .get("/bss/v1/resellers")
                    .then()
                    .statusCode(200)
                    .body("instance", equalTo(instances.get(0).toString()));
        }
        EchoBackends.startAll();
        // the unreachable rest is 5 s by default: within it the instance is tried last, afterwards in its turn
        await().atMost(Duration.ofSeconds(15))
                .until(() -> given().header("Authorization", bearer(TestTokens.operator()))
                        .get("/bss/v1/resellers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("instance")
                        .equals(instances.get(1).toString()));
    }

    private static String instanceAnsweringOrders() {
        return given().header("Authorization", bearer(TestTokens.operator()))
                .get("/bss/v1/orders")
                .then()
                .statusCode(200)
                .body("service", equalTo("ORDER"))
                .extract()
                .path("instance");
    }
}

package com.resellerplans.subscription.support;

import static io.restassured.RestAssured.given;

import com.resellerplans.events.ResellerSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;

/** What the service's consumers did with events, read back through its API and its inbox table. */
public final class Consumed {
    private Consumed() {}

    /** The reseller's subscriptions as the BSS lists them to its distributor's operator. */
    public static ValidatableResponse subscriptionsOf(String operatorToken, ResellerSnapshot reseller) {
        return given().auth()
                .oauth2(operatorToken)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/subscriptions")
                .then()
                .statusCode(200);
    }

    /** How often the inbox recorded the event as applied (by any of the service's consumers). */
    public static long timesApplied(EntityManager entityManager, String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = :eventId")
                                .setParameter("eventId", eventId)
                                .getSingleResult())
                        .longValue());
    }
}

package com.resellerplans.notification.delivery.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.events.Contact;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.Mails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A recipient the SMTP server refuses is retried later and never holds back the other recipients. */
@QuarkusTest
class FailedDeliveryTest {
    private static final String DELIVERIES = "/bss/v1/notifications/deliveries";
    private final String distributor =
            "disti-fail-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRefusedRecipientIsFailedWithItsReplyWhileTheOtherGetsTheEmail() {
        String copy = "copy-" + distributor + "@disti.example";
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("recipients", List.of(copy)))
                .put("/bss/v1/setup/notifications/templates/welcome-standard-reseller-storefront/recipients")
                .then()
                .statusCode(200);
        ResellerSnapshot reseller = new ResellerSnapshot(
                UUID.randomUUID().toString(), distributor, "Typo Ltd", new Contact("Tim Typo", "tim at typo"));

        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "typo"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !Mails.to(copy).isEmpty());
        JsonPath failed = await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries("FAILED"), page -> page.getList("items").size() == 1);
        assertThat(failed.getString("items[0].recipient")).isEqualTo("tim at typo");
        assertThat(failed.getInt("items[0].attemptCount")).isEqualTo(1);
        assertThat(failed.getString("items[0].lastError")).isNotBlank();
        assertThat(Instant.parse(failed.getString("items[0].nextAttemptAt"))).isAfter(Instant.now());
        assertThat(deliveries("SENT").getList("items.recipient")).containsExactly(copy);

        JsonPath details = given().auth()
                .oauth2(operator())
                .get(DELIVERIES + "/" + failed.getString("items[0].id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(details.getList("attempts.outcome")).containsExactly("FAILED");
        assertThat(details.getString("attempts[0].smtpReply")).isEqualTo(failed.getString("items[0].lastError"));

        String sentId = deliveries("SENT").getString("items[0].id");
        given().auth()
                .oauth2(operator())
                .post(DELIVERIES + "/" + sentId + "/resend")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DELIVERY_ALREADY_SENT"));
        assertThat(Mails.to(copy)).hasSize(1);
        String failedId = failed.getString("items[0].id");
        String key = UUID.randomUUID().toString();
        String queued = given().auth()
                .oauth2(operator())
                .header("Idempotency-Key", key)
                .post(DELIVERIES + "/" + failedId + "/resend")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", nullValue())
                .body("status", equalTo("QUEUED"))
                .extract()
                .asString();
        given().auth()
                .oauth2(operator())
                .header("Idempotency-Key", key)
                .post(DELIVERIES + "/" + failedId + "/resend")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", equalTo("true"))
                .body(equalTo(queued));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> given().auth()
                                .oauth2(operator())
                                .get(DELIVERIES + "/" + failedId)
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("attempts")
                                .size()
                        == 2);
    }

    @Test
    void aRecipientsLaterEmailAboutTheResellerWaitsWhileTheEarlierOneIsRetried() {
        String copy = "copy-" + distributor + "@disti.example";
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("recipients", List.of(copy)))
                .put("/bss/v1/setup/notifications/templates/welcome-standard-reseller-storefront/recipients")
                .then()
                .statusCode(200);
        ResellerSnapshot reseller = new ResellerSnapshot(
                UUID.randomUUID().toString(), distributor, "Typo Ltd", new Contact("Tim Typo", "tim at typo"));
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "typo-first"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("FAILED").getList("items").size() == 1);

        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "typo-second"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(copy).size() == 2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
            JsonPath queued = deliveries("QUEUED");
            return queued.getList("items.recipient").equals(List.of("tim at typo"))
                    && queued.getInt("items[0].attemptCount") == 0;
        });
    }

    private JsonPath deliveries(String status) {
        return given().auth()
                .oauth2(operator())
                .queryParam("status", status)
                .get(DELIVERIES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String operator() {
        return TestServers.tokens().operator(distributor);
    }
}

package com.resellerplans.notification.sender.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.notification.Concurrently;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.Mails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Setup → Notifications → sender: the deployment's defaults until a distributor sets its own. */
@QuarkusTest
class SenderSettingsTest {
    private static final String PATH = "/bss/v1/setup/notifications/sender";
    private final String distributor =
            "disti-sender-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void defaultsApplyUntilTheDistributorSetsItsOwn() {
        given().auth()
                .oauth2(operator())
                .get(PATH)
                .then()
                .statusCode(200)
                .body("id", equalTo(distributor))
                .body("senderName", equalTo("Reseller Plans"))
                .body("senderAddress", equalTo("notifications@reseller-plans.example"))
                .body("distributorName", equalTo(distributor))
                .body("customised", equalTo(false));
    }

    @Test
    void concurrentFirstSavesAreAppliedOneAfterTheOtherWithoutAConflict() throws Exception {
        List<Integer> statuses = Concurrently.statuses(
                8,
                i -> given().auth()
                        .oauth2(operator())
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "distributorName",
                                "Disti " + i,
                                "senderName",
                                "Team " + i,
                                "senderAddress",
                                "team" + i + "@disti.example"))
                        .put(PATH)
                        .statusCode());

        assertThat(statuses).containsOnly(200);
        JsonPath sender = given().auth()
                .oauth2(operator())
                .get(PATH)
                .then()
                .statusCode(200)
                .body("customised", equalTo(true))
                .extract()
                .jsonPath();
        String winner = sender.getString("distributorName").substring("Disti ".length());
        assertThat(sender.getString("senderName")).isEqualTo("Team " + winner);
        assertThat(sender.getString("senderAddress")).isEqualTo("team" + winner + "@disti.example");
    }

    @Test
    void aNewSenderChangesTheFromAndSignatureOfTheNextEmail() throws Exception {
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "distributorName",
                        "Disti Cloud",
                        "senderName",
                        "Disti Cloud Team",
                        "senderAddress",
                        "hello@disti-cloud.example"))
                .put(PATH)
                .then()
                .statusCode(200)
                .body("senderAddress", equalTo("hello@disti-cloud.example"))
                .body("customised", equalTo(true));

        ResellerSnapshot reseller = Events.reseller(distributor, "Sent From");
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "sentfrom"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !Mails.to(reseller.primaryContact().email()).isEmpty());

        MailServer.Mail mail = Mails.to(reseller.primaryContact().email()).get(0);
        InternetAddress from = (InternetAddress) mail.message().getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("hello@disti-cloud.example");
        assertThat(from.getPersonal()).isEqualTo("Disti Cloud Team");
        assertThat(mail.text())
                .contains("The Disti Cloud team", "same credentials you use on the Disti Cloud storefront");
    }

    @Test
    void anInvalidSenderIs422AndChangesNothing() {
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "distributorName",
                        "Disti",
                        "senderName",
                        "Evil\r\nBcc: all@example.com",
                        "senderAddress",
                        "not-an-address"))
                .put(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"));

        given().auth().oauth2(operator()).get(PATH).then().statusCode(200).body("customised", equalTo(false));
    }

    @Test
    void malformedJsonIs400AndAResellerMayNotChangeIt() {
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body("{\"senderName\":")
                .put(PATH)
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
        given().auth()
                .oauth2(TestServers.tokens().reseller(distributor, "r-1"))
                .contentType(ContentType.JSON)
                .body(Map.of("distributorName", "X", "senderName", "X", "senderAddress", "x@x.example"))
                .put(PATH)
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().get(PATH).then().statusCode(401);

        given().auth().oauth2(operator()).get(PATH).then().statusCode(200).body("customised", equalTo(false));
    }

    private String operator() {
        return TestServers.tokens().operator(distributor);
    }
}

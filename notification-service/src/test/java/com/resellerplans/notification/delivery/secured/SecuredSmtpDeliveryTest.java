package com.resellerplans.notification.delivery.secured;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.Mails;
import com.resellerplans.notification.SecuredSmtp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sending over TLS to a relay that checks the service's login: delivered after logging in, and a refused login
 * (535) is a failed attempt with the relay's reply, retried until the password is right or the attempts run out.
 */
@QuarkusTest
@TestProfile(SecuredSmtpProfile.class)
class SecuredSmtpDeliveryTest {
    private static final String DELIVERIES = "/bss/v1/notifications/deliveries";
    private final String distributor =
            "disti-tls-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEmailGoesOutOverTlsAfterLoggingIn() {
        // a fresh relay, so the app logs in anew (GreenMail knows a connection's login for its first mail only)
        MailServer relay = SecuredSmtp.restartWith(SecuredSmtp.PASSWORD);
        ResellerSnapshot reseller = activatedReseller("Encrypted Ltd");

        JsonPath delivery = awaitDelivery(reseller, "SENT");
        assertThat(delivery.getList("attempts.outcome")).containsExactly("SENT");
        List<MailServer.Mail> mails = mailsTo(relay, reseller);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).login()).isEqualTo(SecuredSmtp.LOGIN);
    }

    @Test
    void aRefusedLoginIsAFailedAttemptWithTheRelaysReplyRetriedUntilThePasswordIsRight() {
        // the relay's password changed, and its connections closed (an open one stays logged in, as on any relay)
        MailServer relay = SecuredSmtp.restartWith("rotated-on-the-relay");
        ResellerSnapshot reseller = activatedReseller("Rotated Ltd");

        JsonPath failing = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> deliveryOf(reseller),
                        delivery -> delivery != null
                                && delivery.getString("status").equals("FAILED")
                                && delivery.getInt("attemptCount") >= 2);
        assertThat(failing.getList("attempts.outcome")).containsOnly("FAILED");
        assertThat(failing.getList("attempts.smtpReply", String.class))
                .allMatch(reply -> reply.contains("535"), "the relay's 535");
        assertThat(failing.getString("nextAttemptAt")).isNotNull();
        assertThat(mailsTo(relay, reseller)).isEmpty();

        relay.changePassword(SecuredSmtp.LOGIN, SecuredSmtp.PASSWORD);

        JsonPath sent = awaitDelivery(reseller, "SENT");
        assertThat(sent.getList("attempts.outcome")).last().isEqualTo("SENT");
        assertThat(sent.getList("attempts.outcome"))
                .filteredOn("FAILED"::equals)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(mailsTo(relay, reseller))
                .singleElement()
                .satisfies(mail -> assertThat(mail.login()).isEqualTo(SecuredSmtp.LOGIN));
    }

    @Test
    void aLoginRefusedPastTheAttemptsIsDeadLikeAnyFailureThatLasts() {
        MailServer relay = SecuredSmtp.restartWith("never-the-apps");
        ResellerSnapshot reseller = activatedReseller("Locked Out Ltd");

        JsonPath dead = awaitDelivery(reseller, "DEAD");
        assertThat(dead.getInt("attemptCount")).isEqualTo(SecuredSmtpProfile.MAX_ATTEMPTS);
        assertThat(dead.getList("attempts.smtpReply", String.class))
                .hasSize(SecuredSmtpProfile.MAX_ATTEMPTS)
                .allMatch(reply -> reply.contains("535"), "the relay's 535");
        assertThat(dead.getString("nextAttemptAt")).isNull();
        assertThat(mailsTo(relay, reseller)).isEmpty();
    }

    private ResellerSnapshot activatedReseller(String name) {
        ResellerSnapshot reseller = Events.reseller(distributor, name);
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "store-" + reseller.id().substring(0, 8)));
        return reseller;
    }

    private static List<MailServer.Mail> mailsTo(MailServer relay, ResellerSnapshot reseller) {
        return Mails.to(relay, reseller.primaryContact().email());
    }

    private JsonPath awaitDelivery(ResellerSnapshot reseller, String status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> deliveryOf(reseller),
                        delivery ->
                                delivery != null && delivery.getString("status").equals(status));
    }

    /** The reseller's one delivery with its attempts; null before it is queued. */
    private JsonPath deliveryOf(ResellerSnapshot reseller) {
        String token = TestServers.tokens().operator(distributor);
        String id = given().auth()
                .oauth2(token)
                .queryParam("resellerId", reseller.id())
                .get(DELIVERIES)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        return id == null
                ? null
                : given().auth()
                        .oauth2(token)
                        .get(DELIVERIES + "/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
    }
}

package com.resellerplans.notification.delivery.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.events.Contact;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.Mails;
import com.resellerplans.outbox.MessagingPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** storefront.activated.v1 sends the welcome email over real SMTP, once per recipient per event. */
@QuarkusTest
class WelcomeEmailTest {
    private static final String DISTRIBUTOR = "disti-welcome";

    @Inject
    MessagingPurge purge;

    @Inject
    EntityManager entityManager;

    @Test
    void theActivationOfAStorefrontWelcomesThePrimaryContactWithItsUrl() throws Exception {
        ResellerSnapshot reseller = Events.reseller(DISTRIBUTOR, "Tech Solutions");
        StorefrontActivated activated = Events.storefrontActivated(reseller, "techsolutions");

        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), reseller, activated);

        MailServer.Mail mail = awaitOneMailTo(reseller.primaryContact().email());
        assertThat(mail.subject()).isEqualTo("Welcome to Standard Reseller Storefront");
        assertThat(mail.text()).contains("Hello Ann Lee", activated.url(), "same credentials");
        assertThat(mail.html()).contains("<a href=\"" + activated.url() + "\">", "same credentials");
        assertThat(mail.message().getMessageID()).matches("<[0-9a-f-]{36}@[^>]+>");
        assertThat(mail.message().getHeader("Date")).hasSize(1);
        assertThat(mail.message().getContentType()).startsWith("multipart/alternative");

        JsonPath delivery = awaitDeliveryOf(reseller, "SENT");
        assertThat(delivery.getString("items[0].messageId"))
                .isEqualTo(mail.message().getMessageID());
        assertThat(delivery.getString("items[0].templateKey")).isEqualTo("welcome-standard-reseller-storefront");
    }

    @Test
    void theSameEventDeliveredTwiceSendsOneEmail() {
        ResellerSnapshot reseller = Events.reseller(DISTRIBUTOR, "Twice Ltd");
        StorefrontActivated activated = Events.storefrontActivated(reseller, "twice");
        String ceId = UUID.randomUUID().toString();

        Events.produce(Contracts.STOREFRONT_ACTIVATED, ceId, reseller, activated);
        Events.produce(Contracts.STOREFRONT_ACTIVATED, ceId, reseller, activated);
        // a later event of the same reseller (same key, same partition): once it is handled, so is the repeat
        ResellerSnapshot marker = new ResellerSnapshot(
                reseller.id(),
                DISTRIBUTOR,
                reseller.name(),
                new Contact("Marker", "marker-" + reseller.id() + "@reseller.example"));
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                marker,
                Events.storefrontActivated(marker, "twice"));
        awaitOneMailTo(marker.primaryContact().email());

        assertThat(Mails.to(reseller.primaryContact().email())).hasSize(1);
        JsonPath deliveries = given().auth()
                .oauth2(TestServers.tokens().operator(DISTRIBUTOR))
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/notifications/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(deliveries.getList("items.eventId")).filteredOn(ceId::equals).hasSize(1);
        assertThat(deliveries.getList("items")).hasSize(2);
    }

    @Test
    void theSameEventDeliveredAgainAfterTheInboxForgotItSendsNoSecondEmail() {
        ResellerSnapshot reseller = Events.reseller(DISTRIBUTOR, "Forgotten Ltd");
        StorefrontActivated activated = Events.storefrontActivated(reseller, "forgotten");
        String ceId = UUID.randomUUID().toString();
        Events.produce(Contracts.STOREFRONT_ACTIVATED, ceId, reseller, activated);
        awaitOneMailTo(reseller.primaryContact().email());
        assertThat(inboxEntriesOf(ceId)).isOne();

        // what the purge does once inbox.retention has passed since the event arrived
        Instant retentionOver = Instant.now().plusSeconds(60);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            purge.purgeReceivedBefore(retentionOver);
            return inboxEntriesOf(ceId) == 0;
        });
        Events.produce(Contracts.STOREFRONT_ACTIVATED, ceId, reseller, activated);
        await().atMost(Duration.ofSeconds(30))
                .alias("the copy recorded as a first delivery, so its handler ran")
                .until(() -> inboxEntriesOf(ceId) == 1);
        ResellerSnapshot marker = new ResellerSnapshot(
                reseller.id(),
                DISTRIBUTOR,
                reseller.name(),
                new Contact("Marker", "marker-" + reseller.id() + "@reseller.example"));
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                marker,
                Events.storefrontActivated(marker, "forgotten"));
        awaitOneMailTo(marker.primaryContact().email());

        assertThat(Mails.to(reseller.primaryContact().email())).hasSize(1);
    }

    private long inboxEntriesOf(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = :id")
                                .setParameter("id", eventId)
                                .getSingleResult())
                        .longValue());
    }

    static MailServer.Mail awaitOneMailTo(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !Mails.to(address).isEmpty());
        List<MailServer.Mail> mails = Mails.to(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static JsonPath awaitDeliveryOf(ResellerSnapshot reseller, String status) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> given().auth()
                                .oauth2(TestServers.tokens().operator(reseller.distributorId()))
                                .queryParam("resellerId", reseller.id())
                                .get("/bss/v1/notifications/deliveries")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        page -> status.equals(page.getString("items[0].status")));
    }
}

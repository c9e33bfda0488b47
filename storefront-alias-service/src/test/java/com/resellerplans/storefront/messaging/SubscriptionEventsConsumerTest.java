package com.resellerplans.storefront.messaging;

import static com.resellerplans.storefront.EventTraffic.body;
import static com.resellerplans.storefront.EventTraffic.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.resellerplans.events.CloudEventHeaders;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.SubscriptionUpgraded;
import com.resellerplans.events.Topics;
import com.resellerplans.storefront.EventTraffic;
import com.resellerplans.storefront.EventTraffic.TopicReader;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import com.resellerplans.storefront.alias.api.AliasHoldsClient;
import com.resellerplans.storefront.api.StorefrontSettingsResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriptionEventsConsumerTest {
    private static TopicReader storefrontEvents;

    private final Tenants tenant = Tenants.fresh();
    private final StorefrontFixture reseller = StorefrontFixture.of(tenant);

    @BeforeAll
    static void readStorefrontsTopic() {
        storefrontEvents = new TopicReader(Topics.STOREFRONTS);
    }

    @AfterAll
    static void stopReading() {
        storefrontEvents.close();
    }

    private ConsumerRecord<String, String> awaitOne(String type) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> storefrontEvents.records(reseller.resellerId(), type), records -> !records.isEmpty())
                .get(0);
    }

    @Test
    void an_activated_subscription_opens_the_storefront_at_the_default_base_url_and_announces_it() {
        SubscriptionActivated activated = reseller.activate("techsolutions", Plan.STANDARD);
        String url = "https://" + tenant.distributorId() + ".stores.example/techsolutions";
        reseller.publicView("techsolutions").body("url", equalTo(url)).body("signInAllowed", equalTo(true));

        ConsumerRecord<String, String> record = awaitOne("storefront.activated.v1");
        assertThat(record.key()).isEqualTo(reseller.resellerId());
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/storefront-alias-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(reseller.resellerId());
        assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isNotNull();
        assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        JsonNode payload = body(record);
        assertThat(payload.path("url").asText()).isEqualTo(url);
        assertThat(payload.path("alias").asText()).isEqualTo("techsolutions");
        assertThat(payload.path("plan").asText()).isEqualTo("STANDARD");
        assertThat(payload.path("reactivated").asBoolean(true)).isFalse();
        assertThat(payload.path("subscriptionId").asText()).isEqualTo(activated.subscriptionId());
        assertThat(payload.path("reseller").path("primaryContact").path("email").asText())
                .isEqualTo("ann@techsolutions.example");

        // the storefront owns the alias now: even a forced release of the order's hold leaves it taken
        AliasHoldsClient.release(tenant.operator(), activated.orderId(), true).statusCode(204);
        AliasHoldsClient.availability(tenant.operator(), "techsolutions").body("available", equalTo(false));
    }

    @Test
    void the_same_activation_twice_gives_one_storefront_and_one_event() {
        SubscriptionActivated activated = reseller.executedOrder("twice", Plan.FREE);
        String eventId = EventTraffic.produce(Contracts.SUBSCRIPTION_ACTIVATED, reseller.resellerId(), activated);
        EventTraffic.produce(Contracts.SUBSCRIPTION_ACTIVATED, eventId, reseller.resellerId(), activated);
        // a re-publication under a new event id must not open or announce anything either
        EventTraffic.produce(Contracts.SUBSCRIPTION_ACTIVATED, reseller.resellerId(), activated);
        // same key, same partition: once the upgrade shows, every activation before it was applied
        EventTraffic.produce(
                Contracts.SUBSCRIPTION_UPGRADED,
                reseller.resellerId(),
                new SubscriptionUpgraded(
                        activated.subscriptionId(),
                        2,
                        1,
                        reseller.snapshot(),
                        Plan.FREE,
                        Plan.STANDARD,
                        "twice",
                        Tenants.newId(),
                        Instant.now()));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> storefrontList().body("items", hasSize(1)).body("items[0].plan", equalTo("STANDARD")));
        awaitOne("storefront.activated.v1");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> storefrontEvents.records(reseller.resellerId(), "storefront.activated.v1"), hasSize(1));
    }

    @Test
    void a_cancelled_subscription_suspends_sign_in_and_keeps_the_alias_for_its_reseller() {
        SubscriptionActivated first = reseller.activate("comeback", Plan.STANDARD);
        String storefrontId = reseller.publicView("comeback").extract().path("id");
        reseller.signIn(tenant.reseller(reseller.resellerId()), "comeback")
                .statusCode(200)
                .body("storefrontUrl", equalTo("https://" + tenant.distributorId() + ".stores.example/comeback"))
                .body("subject", equalTo("admin@" + reseller.resellerId()));
        reseller.signIn(tenant.subCustomer(reseller.resellerId()), "comeback").statusCode(200);
        reseller.signIn(tenant.reseller(Tenants.newId()), "comeback")
                .statusCode(403)
                .body("code", equalTo("STOREFRONT_SIGN_IN_FORBIDDEN"));

        String token = tenant.reseller(reseller.resellerId());
        StorefrontSettingsResourceTest.put(token, StorefrontSettingsResourceTest.DOCUMENT)
                .statusCode(200);

        reseller.cancel(first);
        reseller.publicView("comeback").body("signInAllowed", equalTo(false));
        StorefrontSettingsResourceTest.put(
                        token,
                        "{\"markups\": {\"default\": 1, \"byProduct\": {}}, "
                                + "\"specialPrices\": [], \"settings\": {}, \"notificationSettings\": {}}")
                .statusCode(409)
                .body("code", equalTo("STOREFRONT_SUSPENDED"));
        reseller.signIn(tenant.reseller(reseller.resellerId()), "comeback")
                .statusCode(403)
                .body("code", equalTo("STOREFRONT_SIGN_IN_DISABLED"));
        JsonNode suspended = body(awaitOne("storefront.suspended.v1"));
        assertThat(Instant.parse(suspended.path("retainedUntil").asText()))
                .isAfter(Instant.now().plus(Duration.ofDays(89)));

        AliasHoldsClient.hold(tenant.operator(), Tenants.newId(), Tenants.newId(), "comeback", null)
                .statusCode(409)
                .body("code", equalTo("ALIAS_HELD"));
        AliasHoldsClient.availability(tenant.operator(), "comeback").body("reason", equalTo("ALIAS_HELD"));

        reseller.activate("comeback", Plan.FREE);
        List<ConsumerRecord<String, String>> activations = await().atMost(Duration.ofSeconds(20))
                .until(() -> storefrontEvents.records(reseller.resellerId(), "storefront.activated.v1"), hasSize(2));
        JsonNode reactivation = body(activations.get(1));
        assertThat(reactivation.path("reactivated").asBoolean()).isTrue();
        assertThat(reactivation.path("storefrontId").asText()).isEqualTo(storefrontId);
        assertThat(reactivation.path("plan").asText()).isEqualTo("FREE");
        reseller.signIn(token, "comeback").statusCode(200);
        StorefrontSettingsResourceTest.get(token).body("settings.theme", equalTo("dark"));
    }

    @Test
    void coming_back_with_another_alias_purges_the_old_storefront_at_once() {
        SubscriptionActivated first = reseller.activate("oldname", Plan.STANDARD);
        reseller.cancel(first);

        reseller.activate("newname", Plan.STANDARD);
        reseller.publicView("oldname").statusCode(404).body("code", equalTo("STOREFRONT_NOT_FOUND"));
        JsonNode purged = body(awaitOne("storefront.purged.v1"));
        assertThat(purged.path("alias").asText()).isEqualTo("oldname");
        AliasHoldsClient.hold(tenant.operator(), Tenants.newId(), Tenants.newId(), "oldname", null)
                .statusCode(201);
    }

    @Test
    void late_events_of_a_cancelled_subscription_change_nothing() {
        SubscriptionActivated first = reseller.activate("latecomer", Plan.FREE);
        reseller.cancel(first);

        // as seen with several relay replicas: the upgrade (v2) and a re-published activation (v1) after the end (v3)
        EventTraffic.produce(
                Contracts.SUBSCRIPTION_UPGRADED,
                reseller.resellerId(),
                new SubscriptionUpgraded(
                        first.subscriptionId(),
                        2,
                        first.subscriptionNumber(),
                        reseller.snapshot(),
                        Plan.FREE,
                        Plan.STANDARD,
                        "latecomer",
                        Tenants.newId(),
                        Instant.now()));
        EventTraffic.produce(Contracts.SUBSCRIPTION_ACTIVATED, reseller.resellerId(), first);
        // same key, same partition: once the next subscription's storefront shows, the late events were consumed
        reseller.activate("nextone", Plan.STANDARD);

        List<ConsumerRecord<String, String>> activations = await().atMost(Duration.ofSeconds(20))
                .until(() -> storefrontEvents.records(reseller.resellerId(), "storefront.activated.v1"), hasSize(2));
        assertThat(body(activations.get(1)).path("alias").asText())
                .as("no reactivation of the old one")
                .isEqualTo("nextone");
        JsonNode purged = body(awaitOne("storefront.purged.v1"));
        assertThat(purged.path("alias").asText()).isEqualTo("latecomer");
    }

    private io.restassured.response.ValidatableResponse storefrontList() {
        return given().auth()
                .oauth2(tenant.operator())
                .get("/bss/v1/storefronts")
                .then()
                .statusCode(200);
    }
}

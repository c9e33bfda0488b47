package com.resellerplans.subscription.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.OrderExecuted;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.events.StorefrontPurged;
import com.resellerplans.events.StorefrontSuspended;
import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.localservers.MovableClock;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.outbox.InboxConfig;
import com.resellerplans.outbox.MessagingPurge;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderConsumerTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(45);

    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);
    private final TopicReader published = new TopicReader("subscriptions");

    @Inject
    MessagingPurge purge;

    @Inject
    MovableClock clock;

    @Inject
    InboxConfig inboxConfig;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void closeReader() {
        published.close();
    }

    @Test
    void anExecutedNewOrderActivatesASubscriptionAndPublishesIt() throws Exception {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        OrderExecuted order = EventRecords.newOrder(reseller, Plan.STANDARD);

        EventRecords.produce(Contracts.ORDER_EXECUTED, UUID.randomUUID().toString(), reseller.id(), order);

        String subscriptionId = awaitSubscriptionOf(reseller);
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", subscriptionId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("plan", equalTo("STANDARD"))
                .body("storefrontAlias", equalTo(order.storefrontAlias()))
                .body("resellerName", equalTo(reseller.name()))
                .body("history", hasSize(1))
                .body("history[0].to", equalTo("ACTIVE"))
                .body("history[0].channel", equalTo("STOREFRONT"))
                .body("history[0].actor.role", equalTo("reseller-admin"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers/{id}", reseller.id())
                .then()
                .statusCode(200)
                .body("tier", equalTo("STANDARD"))
                .body("currentSubscriptionId", equalTo(subscriptionId))
                .body("name", equalTo(reseller.name()));

        ConsumerRecord<String, String> activated = awaitOne(reseller.id(), Contracts.SUBSCRIPTION_ACTIVATED.type());
        assertThat(TopicReader.header(activated, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(activated, "ce_id")).isNotBlank();
        assertThat(TopicReader.header(activated, "ce_source")).isEqualTo("/subscription-service");
        assertThat(Instant.parse(TopicReader.header(activated, "ce_time"))).isNotNull();
        assertThat(TopicReader.header(activated, "ce_subject")).isEqualTo(reseller.id());
        assertThat(TopicReader.header(activated, "content-type")).isEqualTo("application/json");
        JsonNode payload = EventRecords.JSON.readTree(activated.value());
        assertThat(payload.path("subscriptionId").asText()).isEqualTo(subscriptionId);
        assertThat(payload.path("plan").asText()).isEqualTo("STANDARD");
        assertThat(payload.path("orderId").asText()).isEqualTo(order.orderId());
        assertThat(payload.path("storefrontAlias").asText()).isEqualTo(order.storefrontAlias());
        assertThat(payload.path("reseller").path("primaryContact").path("email").asText())
                .isEqualTo(reseller.primaryContact().email());
        assertThat(payload.path("termEndsAt").asText()).isNotBlank();
    }

    @Test
    void aRedeliveredOrderCreatesNothingNew() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        OrderExecuted order = EventRecords.newOrder(reseller, Plan.FREE);
        String eventId = UUID.randomUUID().toString();

        EventRecords.produce(Contracts.ORDER_EXECUTED, eventId, reseller.id(), order);
        EventRecords.produce(Contracts.ORDER_EXECUTED, eventId, reseller.id(), order);
        String subscriptionId = awaitSubscriptionOf(reseller);
        // the upgrade follows both deliveries on the reseller's partition: once it is applied, so were they
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.upgradeOrder(reseller, subscriptionId));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(operator)
                        .get("/bss/v1/subscriptions/{id}", subscriptionId)
                        .then()
                        .body("plan", equalTo("STANDARD")));

        given().auth()
                .oauth2(operator)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(subscriptionId))
                .body("items[0].history", hasSize(2))
                .body("items[0].history[1].fromPlan", equalTo("FREE"));
        awaitOne(reseller.id(), Contracts.SUBSCRIPTION_UPGRADED.type());
        assertThat(published.records(reseller.id(), Contracts.SUBSCRIPTION_ACTIVATED.type()))
                .hasSize(1);
        assertThat(published.records(reseller.id(), Contracts.SUBSCRIPTION_CHANGE_REJECTED.type()))
                .isEmpty();
    }

    @Test
    void aResellersSubscriptionEventsCarryStepsInTheOrderTheyHappened() throws Exception {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.newOrder(reseller, Plan.FREE));
        String first = awaitSubscriptionOf(reseller);
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.upgradeOrder(reseller, first));
        awaitOne(reseller.id(), Contracts.SUBSCRIPTION_UPGRADED.type());
        cancel(first, "END_OF_TERM");
        cancel(first, "IMMEDIATE");
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.newOrder(reseller, Plan.STANDARD));

        List<JsonNode> events =
                await().atMost(EVENTUALLY).until(() -> published.records(reseller.id()), hasSize(5)).stream()
                        .map(record -> readJson(record.value()))
                        .toList();
        List<SubscriptionStep> steps = events.stream()
                .map(event -> new SubscriptionStep(
                        event.path("subscriptionNumber").asLong(),
                        event.path("subscriptionVersion").asLong()))
                .toList();
        assertThat(steps.get(0)).isEqualTo(new SubscriptionStep(1, 0));
        assertThat(steps.get(4)).isEqualTo(new SubscriptionStep(2, 0));
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).isAfter(steps.get(i - 1)))
                    .as("%s after %s", steps.get(i), steps.get(i - 1))
                    .isTrue();
        }
    }

    private void cancel(String subscriptionId, String effective) {
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("{\"effective\": \"" + effective + "\"}")
                .post("/bss/v1/subscriptions/{id}/cancellation", subscriptionId)
                .then()
                .statusCode(200);
    }

    private static JsonNode readJson(String json) {
        try {
            return EventRecords.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOrderArrivingAgainUnderANewEventIdChangesNothing() throws Exception {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        OrderExecuted order = EventRecords.newOrder(reseller, Plan.FREE);
        EventRecords.produce(Contracts.ORDER_EXECUTED, UUID.randomUUID().toString(), reseller.id(), order);
        String subscriptionId = awaitSubscriptionOf(reseller);

        EventRecords.produce(Contracts.ORDER_EXECUTED, UUID.randomUUID().toString(), reseller.id(), order);

        assertTheCopyChangedNothing(reseller, subscriptionId);
    }

    @Test
    void anUpgradeArrivingAfterACancellationRequestIsRejected() throws Exception {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.newOrder(reseller, Plan.FREE));
        String subscriptionId = awaitSubscriptionOf(reseller);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("{\"effective\": \"END_OF_TERM\"}")
                .post("/bss/v1/subscriptions/{id}/cancellation", subscriptionId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_CANCELLATION"));

        OrderExecuted upgrade = EventRecords.upgradeOrder(reseller, subscriptionId);
        EventRecords.produce(Contracts.ORDER_EXECUTED, UUID.randomUUID().toString(), reseller.id(), upgrade);

        JsonNode rejected =
                EventRecords.JSON.readTree(awaitOne(reseller.id(), Contracts.SUBSCRIPTION_CHANGE_REJECTED.type())
                        .value());
        assertThat(rejected.path("orderId").asText()).isEqualTo(upgrade.orderId());
        assertThat(rejected.path("code").asText()).isEqualTo("SUBSCRIPTION_PENDING_CANCELLATION");
        assertThat(rejected.path("reason").asText()).isNotBlank();
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", subscriptionId)
                .then()
                .body("plan", equalTo("FREE"))
                .body("status", equalTo("PENDING_CANCELLATION"))
                .body("history", hasSize(2));
        assertThat(published.records(reseller.id(), Contracts.SUBSCRIPTION_UPGRADED.type()))
                .isEmpty();
    }

    @Test
    void anUpgradeExecutedBeforeOrderServiceLearntTheSubscriptionIdUpgradesTheLiveSubscription() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.newOrder(reseller, Plan.FREE));
        String subscriptionId = awaitSubscriptionOf(reseller);

        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.upgradeOrder(reseller, null));

        await().atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(operator)
                        .get("/bss/v1/subscriptions/{id}", subscriptionId)
                        .then()
                        .body("plan", equalTo("STANDARD")));
        awaitOne(reseller.id(), Contracts.SUBSCRIPTION_UPGRADED.type());
        assertThat(published.records(reseller.id(), Contracts.SUBSCRIPTION_CHANGE_REJECTED.type()))
                .isEmpty();
    }

    @Test
    void aSecondNewOrderForASubscribedResellerIsRejected() throws Exception {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.newOrder(reseller, Plan.FREE));
        String subscriptionId = awaitSubscriptionOf(reseller);

        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.newOrder(reseller, Plan.STANDARD));

        JsonNode rejected =
                EventRecords.JSON.readTree(awaitOne(reseller.id(), Contracts.SUBSCRIPTION_CHANGE_REJECTED.type())
                        .value());
        assertThat(rejected.path("code").asText()).isEqualTo("RESELLER_ALREADY_SUBSCRIBED");
        given().auth()
                .oauth2(operator)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/subscriptions")
                .then()
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(subscriptionId))
                .body("items[0].plan", equalTo("FREE"));
    }

    @Test
    void storefrontEventsAreRecordedOnTheSubscription() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        OrderExecuted order = EventRecords.newOrder(reseller, Plan.STANDARD);
        EventRecords.produce(Contracts.ORDER_EXECUTED, UUID.randomUUID().toString(), reseller.id(), order);
        String subscriptionId = awaitSubscriptionOf(reseller);
        String url = "https://" + distributor + ".stores.example/" + order.storefrontAlias();
        String storefrontId = UUID.randomUUID().toString();

        EventRecords.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller.id(),
                activated(storefrontId, order, subscriptionId, url));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(operator)
                        .get("/bss/v1/subscriptions/{id}", subscriptionId)
                        .then()
                        .body("storefrontUrl", equalTo(url))
                        .body("storefrontStatus", equalTo("ACTIVE")));

        EventRecords.produce(
                Contracts.STOREFRONT_SUSPENDED,
                UUID.randomUUID().toString(),
                reseller.id(),
                suspended(storefrontId, order, subscriptionId, url));
        awaitStorefrontStatus(subscriptionId, "SUSPENDED");

        EventRecords.produce(
                Contracts.STOREFRONT_PURGED,
                UUID.randomUUID().toString(),
                reseller.id(),
                new StorefrontPurged(
                        storefrontId, 3, reseller.id(), distributor, order.storefrontAlias(), Instant.now()));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(operator)
                        .get("/bss/v1/subscriptions/{id}", subscriptionId)
                        .then()
                        .body("storefrontStatus", equalTo("PURGED"))
                        .body("storefrontUrl", equalTo(url)));
    }

    @Test
    void anOrderAndAStorefrontEventDeliveredAgainAfterTheInboxForgotThemChangeNothing() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        OrderExecuted order = EventRecords.newOrder(reseller, Plan.FREE);
        String orderEvent = UUID.randomUUID().toString();
        EventRecords.produce(Contracts.ORDER_EXECUTED, orderEvent, reseller.id(), order);
        String subscriptionId = awaitSubscriptionOf(reseller);
        String storefrontId = UUID.randomUUID().toString();
        String url = "https://" + distributor + ".stores.example/" + order.storefrontAlias();
        StorefrontActivated activated = activated(storefrontId, order, subscriptionId, url);
        String activatedEvent = UUID.randomUUID().toString();
        EventRecords.produce(Contracts.STOREFRONT_ACTIVATED, activatedEvent, reseller.id(), activated);
        String suspendedEvent = UUID.randomUUID().toString();
        EventRecords.produce(
                Contracts.STOREFRONT_SUSPENDED,
                suspendedEvent,
                reseller.id(),
                suspended(storefrontId, order, subscriptionId, url));
        awaitStorefrontStatus(subscriptionId, "SUSPENDED");
        List<String> events = List.of(orderEvent, activatedEvent, suspendedEvent);
        assertThat(inboxEntries(events)).isEqualTo(3);

        clock.advance(inboxConfig.retention().plusDays(1));
        try {
            purge.purgeAllDue(Duration.ofMinutes(1));
        } finally {
            clock.reset();
        }
        assertThat(inboxEntries(events)).as("forgotten by the inbox").isZero();

        EventRecords.produce(Contracts.ORDER_EXECUTED, orderEvent, reseller.id(), order);
        EventRecords.produce(Contracts.STOREFRONT_ACTIVATED, activatedEvent, reseller.id(), activated);
        await().atMost(EVENTUALLY)
                .alias("both copies recorded as first deliveries, so their handlers ran")
                .until(() -> inboxEntries(List.of(orderEvent, activatedEvent)) == 2);
        assertTheCopyChangedNothing(reseller, subscriptionId);
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", subscriptionId)
                .then()
                .statusCode(200)
                .body("history", hasSize(2))
                .body("plan", equalTo("STANDARD"))
                .body("storefrontStatus", equalTo("SUSPENDED"));
    }

    /**
     * Sends an upgrade after a copy of the reseller's executed order: it follows the copy on the reseller's
     * partition, so once it is published, anything the copy published (a rejection, a second activation) is too.
     */
    private void assertTheCopyChangedNothing(ResellerSnapshot reseller, String subscriptionId) {
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.upgradeOrder(reseller, subscriptionId));
        awaitOne(reseller.id(), Contracts.SUBSCRIPTION_UPGRADED.type());

        assertThat(published.records(reseller.id(), Contracts.SUBSCRIPTION_CHANGE_REJECTED.type()))
                .as("an applied order is never rejected afterwards")
                .isEmpty();
        assertThat(published.records(reseller.id(), Contracts.SUBSCRIPTION_ACTIVATED.type()))
                .hasSize(1);
    }

    private long inboxEntries(List<String> eventIds) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id IN (:ids)")
                                .setParameter("ids", eventIds)
                                .getSingleResult())
                        .longValue());
    }

    private static StorefrontActivated activated(
            String storefrontId, OrderExecuted order, String subscriptionId, String url) {
        return new StorefrontActivated(
                storefrontId,
                1,
                order.reseller(),
                subscriptionId,
                order.storefrontAlias(),
                url,
                order.plan(),
                false,
                Instant.now());
    }

    private static StorefrontSuspended suspended(
            String storefrontId, OrderExecuted order, String subscriptionId, String url) {
        return new StorefrontSuspended(
                storefrontId,
                2,
                order.reseller().id(),
                order.reseller().distributorId(),
                subscriptionId,
                order.storefrontAlias(),
                url,
                Instant.now().plus(Duration.ofDays(90)),
                Instant.now());
    }

    private void awaitStorefrontStatus(String subscriptionId, String status) {
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(operator)
                        .get("/bss/v1/subscriptions/{id}", subscriptionId)
                        .then()
                        .body("storefrontStatus", equalTo(status)));
    }

    private String awaitSubscriptionOf(ResellerSnapshot reseller) {
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(operator)
                        .queryParam("resellerId", reseller.id())
                        .get("/bss/v1/subscriptions")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1)));
        return given().auth()
                .oauth2(operator)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/subscriptions")
                .then()
                .extract()
                .path("items[0].id");
    }

    private ConsumerRecord<String, String> awaitOne(String resellerId, String type) {
        List<ConsumerRecord<String, String>> records =
                await().atMost(EVENTUALLY).until(() -> published.records(resellerId, type), found -> !found.isEmpty());
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}

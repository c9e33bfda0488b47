package com.resellerplans.order.position.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.CloudEventHeaders;
import com.resellerplans.events.Contact;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.EventContract;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerRegistered;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.SubscriptionCancellationRequested;
import com.resellerplans.events.SubscriptionCancelled;
import com.resellerplans.events.SubscriptionChangeRejected;
import com.resellerplans.events.Tier;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.order.SubscriptionServiceDouble;
import com.resellerplans.order.TestData;
import com.resellerplans.order.domain.Order;
import com.resellerplans.order.domain.OrderStatus;
import com.resellerplans.order.position.domain.PlanPosition;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real CloudEvents records on the real broker, as subscription-service publishes them. */
@QuarkusTest
class SubscriptionEventsConsumerTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:15:31Z");
    private static final String RESELLER_PATH = "/internal/v1/resellers/";

    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final ResellerSnapshot snapshot = new ResellerSnapshot(
            reseller, distributor, "Tech Solutions", new Contact("Ann Lee", "ann@techsolutions.example"));
    private long markers = 1_000;
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));

    @Inject
    TestData data;

    @Inject
    ObjectMapper json;

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void thePositionFollowsTheSubscriptionLifecycle() {
        data.position(distributor, reseller, Tier.STANDARD, null, false);

        send(Contracts.SUBSCRIPTION_ACTIVATED, activated("sub-1"));
        awaitPosition(position -> "sub-1".equals(position.subscriptionId()));

        send(
                Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED,
                new SubscriptionCancellationRequested(
                        "sub-1",
                        3,
                        1,
                        snapshot,
                        Plan.STANDARD,
                        NOW,
                        new Actor("admin", "reseller-admin"),
                        Channel.STOREFRONT,
                        NOW));
        PlanPosition pending = awaitPosition(PlanPosition::cancellationPending);
        assertThat(pending.tier()).isEqualTo(Tier.STANDARD);

        send(Contracts.SUBSCRIPTION_CANCELLED, cancelled("sub-1"));
        PlanPosition basic = awaitPosition(position -> position.tier() == Tier.BASIC);
        assertThat(basic.cancellationPending()).isFalse();
        assertThat(basic.subscriptionId()).isNull();
    }

    @Test
    void anActivationTeachesAPositionThatNeverSawTheOrder() {
        send(Contracts.SUBSCRIPTION_ACTIVATED, activated("sub-1"));

        PlanPosition position = await().atMost(Duration.ofSeconds(30))
                .until(() -> data.position(distributor, reseller), Optional::isPresent)
                .orElseThrow();
        assertThat(position.tier()).isEqualTo(Tier.STANDARD);
        assertThat(position.subscriptionId()).isEqualTo("sub-1");
        assertThat(position.distributorId()).isEqualTo(distributor);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        data.position(distributor, reseller, Tier.FREE, null, false);
        String activation = send(Contracts.SUBSCRIPTION_ACTIVATED, activated("sub-1"));
        awaitPosition(position -> "sub-1".equals(position.subscriptionId()));
        send(Contracts.SUBSCRIPTION_CANCELLED, cancelled("sub-1"));
        awaitPosition(position -> position.tier() == Tier.BASIC);
        long version = data.position(distributor, reseller).orElseThrow().version();

        send(activation, Contracts.SUBSCRIPTION_ACTIVATED, activated("sub-1"));
        sendMarker();

        assertThat(data.position(distributor, reseller).orElseThrow().version())
                .as("only the marker changed the position")
                .isEqualTo(version + 1);
    }

    @Test
    void lateEventsOfACancelledSubscriptionChangeNothing() {
        data.position(distributor, reseller, Tier.STANDARD, null, false);
        send(Contracts.SUBSCRIPTION_ACTIVATED, activated("sub-1"));
        awaitPosition(position -> "sub-1".equals(position.subscriptionId()));
        send(Contracts.SUBSCRIPTION_CANCELLED, cancelled("sub-1"));
        awaitPosition(position -> position.tier() == Tier.BASIC);
        long version = data.position(distributor, reseller).orElseThrow().version();

        // as seen with several relay replicas: the request (v3) and a redelivered activation arrive after the end (v4)
        send(
                Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED,
                new SubscriptionCancellationRequested(
                        "sub-1",
                        3,
                        1,
                        snapshot,
                        Plan.STANDARD,
                        NOW,
                        new Actor("admin", "reseller-admin"),
                        Channel.STOREFRONT,
                        NOW));
        send(Contracts.SUBSCRIPTION_ACTIVATED, activated("sub-1"));
        sendMarker();

        assertThat(data.position(distributor, reseller).orElseThrow().version())
                .as("only the marker changed the position")
                .isEqualTo(version + 1);
    }

    @Test
    void aRejectedChangeRejectsTheOrderAndGivesBackTheTier() {
        data.position(distributor, reseller, Tier.STANDARD, "sub-1", false);
        Order upgrade = data.order(distributor, reseller, OrderKind.UPGRADE, Plan.STANDARD, null, true);
        SubscriptionChangeRejected rejection = new SubscriptionChangeRejected(
                upgrade.id().toString(),
                "sub-1",
                reseller,
                distributor,
                "SUBSCRIPTION_PENDING_CANCELLATION",
                "The subscription became Pending Cancellation before the upgrade arrived.",
                NOW);

        String eventId = send(Contracts.SUBSCRIPTION_CHANGE_REJECTED, rejection);

        Order rejected = awaitOrder(upgrade, order -> order.status() == OrderStatus.REJECTED);
        assertThat(rejected.rejectedReason())
                .isEqualTo("SUBSCRIPTION_PENDING_CANCELLATION: "
                        + "The subscription became Pending Cancellation before the upgrade arrived.");
        assertThat(data.position(distributor, reseller).orElseThrow().tier()).isEqualTo(Tier.FREE);

        send(eventId, Contracts.SUBSCRIPTION_CHANGE_REJECTED, rejection);
        sendMarker();

        assertThat(data.order(distributor, upgrade.id()).orElseThrow().version())
                .isEqualTo(rejected.version());
        assertThat(data.position(distributor, reseller).orElseThrow().tier()).isEqualTo(Tier.FREE);
    }

    @Test
    void aRegisteredResellerIsOrderedForWithoutAskingSubscriptionService() {
        send(Contracts.RESELLER_REGISTERED, new ResellerRegistered(snapshot, NOW));
        await().atMost(Duration.ofSeconds(30)).until(() -> data.knownReseller(reseller), Optional::isPresent);

        TestData.draft(TestData.operatorToken(distributor), reseller, "FREE_PLAN")
                .then()
                .statusCode(201);

        assertThat(SubscriptionServiceDouble.timesAsked(RESELLER_PATH + reseller))
                .isZero();
        assertThat(data.knownReseller(reseller)).contains(snapshot);
        assertThat(data.count("orders", distributor)).isOne();
    }

    @Test
    void aResellerRegisteredUnderAnotherDistributorIsStillRefusedBySubscriptionService() {
        send(Contracts.RESELLER_REGISTERED, new ResellerRegistered(snapshot, NOW));
        await().atMost(Duration.ofSeconds(30)).until(() -> data.knownReseller(reseller), Optional::isPresent);
        String otherDistributor = TestData.newDistributor();
        SubscriptionServiceDouble.answer(
                RESELLER_PATH + reseller,
                404,
                Map.of("status", 404, "code", "RESELLER_NOT_FOUND", "detail", "No such reseller."));

        TestData.draft(TestData.operatorToken(otherDistributor), reseller, "FREE_PLAN")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("RESELLER_NOT_FOUND"));

        assertThat(SubscriptionServiceDouble.timesAsked(RESELLER_PATH + reseller))
                .isOne();
        assertThat(data.count("orders", otherDistributor)).isZero();
        assertThat(data.knownReseller(reseller)).contains(snapshot);
    }

    @Test
    void aRejectionOfAnUnknownOrderIsIgnored() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", false);

        send(
                Contracts.SUBSCRIPTION_CHANGE_REJECTED,
                new SubscriptionChangeRejected(
                        UUID.randomUUID().toString(),
                        "sub-1",
                        reseller,
                        distributor,
                        "SUBSCRIPTION_CANCELLED",
                        "Too late.",
                        NOW));
        sendMarker();

        assertThat(data.position(distributor, reseller).orElseThrow().tier()).isEqualTo(Tier.FREE);
    }

    private SubscriptionActivated activated(String subscriptionId) {
        return activated(subscriptionId, 1, Plan.STANDARD);
    }

    private SubscriptionActivated activated(String subscriptionId, long subscriptionNumber, Plan plan) {
        return new SubscriptionActivated(
                subscriptionId,
                1,
                subscriptionNumber,
                snapshot,
                plan,
                "techsolutions",
                UUID.randomUUID().toString(),
                NOW,
                NOW.plus(Duration.ofDays(30)));
    }

    private SubscriptionCancelled cancelled(String subscriptionId) {
        return new SubscriptionCancelled(
                subscriptionId, 4, 1, snapshot, Plan.STANDARD, Tier.BASIC, NOW, Actor.SCHEDULER, Channel.SCHEDULER);
    }

    /**
     * A later event on the same key (so the same partition) whose effect shows: once it has been applied,
     * everything sent before it has been too. It is the activation of a throwaway subscription, later than any
     * the test sent (or it would be ignored as late), on the position's plan (a later subscription's plan is the
     * reseller's, so another would move the tier).
     */
    private void sendMarker() {
        String marker = "marker-" + UUID.randomUUID();
        Plan plan = data.position(distributor, reseller)
                .map(PlanPosition::tier)
                .filter(tier -> tier != Tier.BASIC)
                .map(tier -> Plan.valueOf(tier.name()))
                .orElse(Plan.STANDARD);
        send(Contracts.SUBSCRIPTION_ACTIVATED, activated(marker, ++markers, plan));
        awaitPosition(position -> marker.equals(position.subscriptionId()));
    }

    private <T> String send(EventContract<T> contract, T payload) {
        return send(UUID.randomUUID().toString(), contract, payload);
    }

    private <T> String send(String eventId, EventContract<T> contract, T payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, eventId.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, contract.type().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "/subscription-service".getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, NOW.toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, reseller.getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        try {
            producer.send(new ProducerRecord<>(
                            contract.topic(), null, reseller, json.writeValueAsString(payload), headers))
                    .get();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + contract.type(), e);
        }
        return eventId;
    }

    private PlanPosition awaitPosition(Predicate<PlanPosition> condition) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> data.position(distributor, reseller).orElseThrow(), condition::test);
    }

    private Order awaitOrder(Order order, Predicate<Order> condition) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> data.order(distributor, order.id()).orElseThrow(), condition::test);
    }
}

package com.resellerplans.subscription.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.OrderExecuted;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.events.Topics;
import com.resellerplans.localservers.HeldTransaction;
import com.resellerplans.localservers.PostgresServer;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.subscription.domain.StorefrontRecords;
import com.resellerplans.subscription.domain.SubscriptionLifecycle;
import com.resellerplans.subscription.support.Consumed;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.SettledConsumers;
import com.resellerplans.subscription.support.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Inbox under faults, with the real consumer on the real broker and database: a record is dead-lettered only
 * for a failure of its own (then at once, and the partition goes on), never for a lost race or a database outage.
 */
@QuarkusTest
class InboxUnderFaultsTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** Longer than the Inbox used to retry (six attempts, each waiting for a connection) before dead-lettering. */
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private static final String DEAD_LETTERS = "dead-letter-topic-orders";

    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);
    private final TopicReader deadLetters = new TopicReader(DEAD_LETTERS);

    @Inject
    SubscriptionLifecycle lifecycle;

    @Inject
    StorefrontRecords storefronts;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void awaitSettledConsumers() {
        SettledConsumers.on(Topics.ORDERS, EVENTUALLY);
    }

    @AfterEach
    void closeReader() {
        deadLetters.close();
    }

    @Test
    void anUpgradeLosingTheRaceForItsSubscriptionRunsAgainOnTheChangedRowInsteadOfBeingDeadLettered() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        lifecycle.applyExecutedOrder(EventRecords.newOrder(reseller, Plan.FREE));
        String id =
                subscriptionsOf(reseller).body("items", hasSize(1)).extract().path("items[0].id");
        String url = "https://" + distributor + ".stores.example/raced";

        try (HeldTransaction storefrontChange = HeldTransaction.open(
                "subscriptions",
                entityManager,
                () -> storefronts.activated(new StorefrontActivated(
                        UUID.randomUUID().toString(),
                        1,
                        reseller,
                        id,
                        "alias-" + reseller.id().substring(0, 8),
                        url,
                        Plan.FREE,
                        false,
                        Instant.now())))) {
            EventRecords.produce(
                    Contracts.ORDER_EXECUTED,
                    UUID.randomUUID().toString(),
                    reseller.id(),
                    EventRecords.upgradeOrder(reseller, id));
            storefrontChange.awaitSomeoneWaiting(); // the consumer read the subscription and waits to write it
            storefrontChange.commit();
        }

        await().atMost(EVENTUALLY)
                .untilAsserted(() -> subscriptionsOf(reseller)
                        .body("items[0].plan", equalTo("STANDARD"))
                        .body("items[0].storefrontUrl", equalTo(url)));
        assertThat(deadLetters.records(reseller.id())).isEmpty();
    }

    @Test
    void aPoisonEventIsDeadLetteredOnceAndTheResellersNextEventIsApplied() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);

        EventRecords.produceJson(
                Contracts.ORDER_EXECUTED, UUID.randomUUID().toString(), reseller.id(), "{\"reseller\": 7}");
        EventRecords.produce(
                Contracts.ORDER_EXECUTED,
                UUID.randomUUID().toString(),
                reseller.id(),
                EventRecords.newOrder(reseller, Plan.FREE));

        await().atMost(EVENTUALLY)
                .ignoreExceptions()
                .untilAsserted(() ->
                        subscriptionsOf(reseller).body("items", hasSize(1)).body("items[0].plan", equalTo("FREE")));
        await().atMost(EVENTUALLY)
                .until(() -> deadLetters.records(reseller.id()).size() == 1);
        assertThat(deadLetters.records(reseller.id()).get(0).value()).isEqualTo("{\"reseller\": 7}");
    }

    @Test
    void recordsArrivingWhilePostgresIsDownAreAppliedOnceInOrderAfterItIsBackAndNoneIsDeadLettered() {
        ResellerSnapshot upgraded = EventRecords.reseller(distributor);
        List<ResellerSnapshot> others = List.of(
                EventRecords.reseller(distributor),
                EventRecords.reseller(distributor),
                EventRecords.reseller(distributor));
        Map<String, OrderExecuted> sent = new LinkedHashMap<>();
        PostgresServer postgres = TestServers.postgres();

        postgres.stopKeepingData();
        try {
            // one reseller's NEW then UPGRADE (no subscription id: its live one) must be applied in that order
            sent.put(UUID.randomUUID().toString(), EventRecords.newOrder(upgraded, Plan.FREE));
            sent.put(UUID.randomUUID().toString(), EventRecords.upgradeOrder(upgraded, null));
            others.forEach(
                    other -> sent.put(UUID.randomUUID().toString(), EventRecords.newOrder(other, Plan.STANDARD)));
            sent.forEach((eventId, order) -> EventRecords.produce(
                    Contracts.ORDER_EXECUTED, eventId, order.reseller().id(), order));

            await().during(OUTAGE)
                    .atMost(OUTAGE.plusSeconds(10))
                    .until(() -> sent.values().stream()
                            .allMatch(order ->
                                    deadLetters.records(order.reseller().id()).isEmpty()));
        } finally {
            postgres.startOnSameData();
        }

        await().atMost(EVENTUALLY)
                .ignoreExceptions()
                .untilAsserted(() ->
                        subscriptionsOf(upgraded).body("items", hasSize(1)).body("items[0].plan", equalTo("STANDARD")));
        subscriptionsOf(upgraded)
                .body("items[0].history", hasSize(2))
                .body("items[0].history[0].toPlan", equalTo("FREE"))
                .body("items[0].history[1].toPlan", equalTo("STANDARD"));
        for (ResellerSnapshot other : others) {
            await().atMost(EVENTUALLY)
                    .ignoreExceptions()
                    .untilAsserted(() -> subscriptionsOf(other)
                            .body("items", hasSize(1))
                            .body("items[0].plan", equalTo("STANDARD")));
        }
        assertThat(timesApplied(new ArrayList<>(sent.keySet())))
                .containsOnly(1L)
                .hasSize(sent.size());
        assertThat(sent.values())
                .allSatisfy(order ->
                        assertThat(deadLetters.records(order.reseller().id())).isEmpty());
        // connections the pool held across the restart are dead: drop them for the tests that follow
        dataSource.flush(AgroalDataSource.FlushMode.INVALID);
    }

    private ValidatableResponse subscriptionsOf(ResellerSnapshot reseller) {
        return Consumed.subscriptionsOf(operator, reseller);
    }

    /** How often the inbox recorded each event as applied. */
    private List<Long> timesApplied(List<String> eventIds) {
        return eventIds.stream()
                .map(eventId -> Consumed.timesApplied(entityManager, eventId))
                .toList();
    }
}

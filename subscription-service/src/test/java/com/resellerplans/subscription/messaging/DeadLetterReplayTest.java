package com.resellerplans.subscription.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.OrderExecuted;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.Topics;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.outbox.DeadLetterUnlessStopping;
import com.resellerplans.subscription.support.Consumed;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.SettledConsumers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's replay of a dead-lettered record, on the management port, with the real consumer, broker and
 * database: an event that failed for real (a check constraint refusing its reseller's subscription) lands in the
 * dead-letter topic; once the cause is gone its replay applies it through the inbox; a second replay is answered
 * "already applied" and changes nothing; a record another consumer group dead-lettered, or an offset the topic does
 * not hold, is refused with nothing applied.
 */
@QuarkusTest
class DeadLetterReplayTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = "dead-letter-topic-orders";
    private static final String PROBLEM = "application/problem+json";

    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);

    @TestHTTPResource(value = "/dead-letters", management = true)
    URL deadLetters;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void awaitSettledConsumers() {
        SettledConsumers.on(Topics.ORDERS, EVENTUALLY);
    }

    @Test
    void aRecordThatFailedIsAppliedByItsReplayOnceTheCauseIsGoneAndItsSecondReplayChangesNothing() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String eventId = UUID.randomUUID().toString();
        String constraint = "replay_test_" + reseller.id().substring(0, 8);
        execute("ALTER TABLE subscription ADD CONSTRAINT " + constraint + " CHECK (reseller_id <> '" + reseller.id()
                + "')");
        JsonPath deadLetter;
        try {
            EventRecords.produce(
                    Contracts.ORDER_EXECUTED, eventId, reseller.id(), EventRecords.newOrder(reseller, Plan.FREE));
            deadLetter = await().atMost(EVENTUALLY).until(() -> deadLetterOf(eventId), found -> found != null);

            // while the cause is still there, the replay fails again, in one attempt, and nothing is applied
            replay(Topics.ORDERS, deadLetter.getInt("partition"), deadLetter.getLong("offset"))
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("code", equalTo("DEAD_LETTER_REPLAY_FAILED"));
            assertThat(timesApplied(eventId)).isZero();
        } finally {
            execute("ALTER TABLE subscription DROP CONSTRAINT " + constraint);
        }
        assertThat(deadLetter.getString("deadLetteredBy")).isEqualTo("subscription-service");
        assertThat(deadLetter.getString("eventType")).isEqualTo("order.executed.v1");
        assertThat(deadLetter.getString("key")).isEqualTo(reseller.id());
        assertThat(deadLetter.getString("reason")).isNotBlank();
        assertThat(deadLetter.getString("originalTopic")).isEqualTo(Topics.ORDERS);
        assertThat(deadLetter.getString("deadLetteredAt")).isNotBlank();
        assertThat(deadLetter.getBoolean("replayable")).isTrue();
        subscriptionsOf(reseller).body("items", hasSize(0));
        int partition = deadLetter.getInt("partition");
        long offset = deadLetter.getLong("offset");

        replay(Topics.ORDERS, partition, offset)
                .statusCode(200)
                .contentType("application/json")
                .body("outcome", equalTo("APPLIED"))
                .body("eventId", equalTo(eventId))
                .body("eventType", equalTo("order.executed.v1"));
        subscriptionsOf(reseller)
                .body("items", hasSize(1))
                .body("items[0].plan", equalTo("FREE"))
                .body("items[0].history", hasSize(1));

        replay(Topics.ORDERS, partition, offset)
                .statusCode(200)
                .body("outcome", equalTo("ALREADY_APPLIED"))
                .body("eventId", equalTo(eventId));
        subscriptionsOf(reseller).body("items", hasSize(1)).body("items[0].history", hasSize(1));
        assertThat(timesApplied(eventId)).isEqualTo(1);
    }

    @Test
    void aRecordAnotherConsumerGroupDeadLetteredIsListedButNotReplayed() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String eventId = UUID.randomUUID().toString();
        OrderExecuted order = EventRecords.newOrder(reseller, Plan.STANDARD);
        RecordMetadata theirs = EventRecords.produceTo(
                DEAD_LETTERS,
                Contracts.ORDER_EXECUTED.type(),
                eventId,
                reseller.id(),
                EventRecords.JSON.valueToTree(order).toString(),
                Map.of(DeadLetterUnlessStopping.CONSUMER_GROUP_HEADER, "another-service"));

        JsonPath listed = await().atMost(EVENTUALLY).until(() -> deadLetterOf(eventId), found -> found != null);
        assertThat(listed.getString("deadLetteredBy")).isEqualTo("another-service");
        assertThat(listed.getBoolean("replayable")).isFalse();

        replay(Topics.ORDERS, theirs.partition(), theirs.offset())
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("DEAD_LETTER_OF_ANOTHER_CONSUMER"))
                .body("deadLetteredBy", equalTo("another-service"));
        subscriptionsOf(reseller).body("items", hasSize(0));
        assertThat(timesApplied(eventId)).isZero();
    }

    @Test
    void aRecordWithoutTheGroupHeaderIsNotReplayedEither() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String eventId = UUID.randomUUID().toString();
        RecordMetadata unnamed = EventRecords.produceTo(
                DEAD_LETTERS,
                Contracts.ORDER_EXECUTED.type(),
                eventId,
                reseller.id(),
                EventRecords.JSON
                        .valueToTree(EventRecords.newOrder(reseller, Plan.FREE))
                        .toString(),
                Map.of());

        replay(Topics.ORDERS, unnamed.partition(), unnamed.offset())
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("DEAD_LETTER_OF_ANOTHER_CONSUMER"));
        assertThat(timesApplied(eventId)).isZero();
    }

    @Test
    void anOffsetTheTopicDoesNotHoldAnUnknownChannelAndABadPositionAreRefused() {
        replay(Topics.ORDERS, 0, Long.MAX_VALUE - 1)
                .statusCode(404)
                .contentType(PROBLEM)
                .body("code", equalTo("DEAD_LETTER_NOT_FOUND"));
        replay(Topics.ORDERS, 999, 0).statusCode(404).body("code", equalTo("DEAD_LETTER_NOT_FOUND"));
        replay("payments", 0, 0)
                .statusCode(404)
                .contentType(PROBLEM)
                .body("code", equalTo("DEAD_LETTER_CHANNEL_UNKNOWN"));
        given().post(deadLetters + "/orders/first/0/replay")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("code", equalTo("INVALID_REQUEST"));
        given().queryParam("cursor", "nonsense")
                .get(deadLetters + "/orders")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_REQUEST"));
    }

    @Test
    void theListPagesThroughTheTopicWithItsCursor() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        List<String> produced = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String eventId = UUID.randomUUID().toString();
            produced.add(eventId);
            EventRecords.produceTo(
                    DEAD_LETTERS, Contracts.ORDER_EXECUTED.type(), eventId, reseller.id(), "{}", Map.of());
        }
        List<String> positions = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = list(cursor, 1);
            assertThat(page.getList("items")).hasSize(1);
            positions.add(page.getString("items[0].partition") + "-" + page.getString("items[0].offset"));
            eventIds.add(page.getString("items[0].eventId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(positions).doesNotHaveDuplicates();
        assertThat(eventIds).containsAll(produced);
    }

    /** The listed dead letter of that event id, the first if it was dead-lettered more than once; null if none. */
    private JsonPath deadLetterOf(String eventId) {
        List<Map<String, Object>> items = list(null, 500).getList("items");
        return items.stream()
                .filter(item -> eventId.equals(item.get("eventId")))
                .findFirst()
                .map(item -> new JsonPath(EventRecords.JSON.valueToTree(item).toString()))
                .orElse(null);
    }

    private JsonPath list(String cursor, int limit) {
        var request = given().queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(deadLetters + "/" + Topics.ORDERS)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
    }

    private ValidatableResponse replay(String channel, int partition, long offset) {
        return given().post(deadLetters + "/" + channel + "/" + partition + "/" + offset + "/replay")
                .then();
    }

    private ValidatableResponse subscriptionsOf(ResellerSnapshot reseller) {
        return Consumed.subscriptionsOf(operator, reseller);
    }

    private void execute(String ddl) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery(ddl).executeUpdate());
    }

    private long timesApplied(String eventId) {
        return Consumed.timesApplied(entityManager, eventId);
    }
}

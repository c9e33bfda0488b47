package com.resellerplans.subscription.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.outbox.OutboxMessage;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The outbox guarantees, against the real broker: nothing lost while Kafka is down, nothing sent for a rollback. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxResilienceTest {
    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);

    @Inject
    SubscriptionLifecycle lifecycle;

    @Inject
    EntityManager entityManager;

    @Test
    @Order(1)
    void aRolledBackChangePublishesNothing() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    lifecycle.applyExecutedOrder(EventRecords.newOrder(reseller, Plan.STANDARD));
                    throw new IllegalStateException("the caller fails after the order was applied");
                }))
                .isInstanceOf(IllegalStateException.class);

        given().auth()
                .oauth2(operator)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers/{id}", reseller.id())
                .then()
                .statusCode(404);
        assertThat(outboxRowsOf(reseller.id())).isEmpty();
        try (TopicReader published = new TopicReader(Contracts.SUBSCRIPTION_ACTIVATED.topic())) {
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> published.records(reseller.id()).isEmpty());
        }
    }

    @Test
    @Order(2)
    void anEventWrittenWhileKafkaIsDownIsPublishedOnceItIsBack() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        TestServers.kafka().stop();
        try {
            lifecycle.applyExecutedOrder(EventRecords.newOrder(reseller, Plan.STANDARD));

            given().auth()
                    .oauth2(operator)
                    .queryParam("resellerId", reseller.id())
                    .get("/bss/v1/subscriptions")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1));
            // the relay tried and failed: the row stays queued, unsent
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> outboxRowsOf(reseller.id()),
                            rows -> rows.size() == 1 && rows.get(0).attempts() > 0);
            assertThat(outboxRowsOf(reseller.id()))
                    .singleElement()
                    .satisfies(row -> assertThat(row.sentAt()).isNull());
        } finally {
            TestServers.kafka().start();
        }

        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> outboxRowsOf(reseller.id()),
                        rows -> rows.size() == 1 && rows.get(0).sentAt() != null);
        try (TopicReader published = new TopicReader(Contracts.SUBSCRIPTION_ACTIVATED.topic())) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> published
                                    .records(reseller.id(), Contracts.SUBSCRIPTION_ACTIVATED.type())
                                    .size()
                            == 1);
        }
    }

    private List<OutboxMessage> outboxRowsOf(String resellerId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("from OutboxMessage where key = ?1", OutboxMessage.class)
                        .setParameter(1, resellerId)
                        .getResultList());
    }
}

package com.resellerplans.storefront.messaging.secured;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.StorefrontPurged;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.Topics;
import com.resellerplans.localservers.KafkaServer;
import com.resellerplans.outbox.Outbox;
import com.resellerplans.storefront.EventTraffic;
import com.resellerplans.storefront.EventTraffic.TopicReader;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The service on the servers a real cluster gives it (issue 17): its consumer, its outbox relay and its health
 * check log in to Kafka over SASL_SSL, and every database connection is TLS verified against the authority; a
 * password the broker no longer accepts turns readiness DOWN with the reason and the relay records why it cannot
 * send; with the right password again the event it kept goes out.
 */
@QuarkusTest
@TestProfile(SecuredServersProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredServersTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @ConfigProperty(name = "secured-servers.kafka")
    String securedBroker;

    @ConfigProperty(name = "secured-servers.kafka-plaintext")
    String brokerAdministration;

    @ConfigProperty(name = "secured-servers.ca")
    String authority;

    @ConfigProperty(name = "secured-servers.test-password")
    String testPassword;

    @ConfigProperty(name = "secured-servers.service-password")
    String servicePassword;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    private final Tenants tenant = Tenants.fresh();
    private final StorefrontFixture reseller = StorefrontFixture.of(tenant);

    @Test
    @Order(1)
    void an_activation_is_consumed_applied_and_announced_through_the_secured_broker_and_database() throws SQLException {
        try (TopicReader storefronts = new TopicReader(Topics.STOREFRONTS, asSubscriptionService())) {
            SubscriptionActivated activated = reseller.executedOrder("secured", Plan.STANDARD);
            EventTraffic.produce(
                    asSubscriptionService(), Contracts.SUBSCRIPTION_ACTIVATED, reseller.resellerId(), activated);

            reseller.awaitStatus("secured", "ACTIVE");
            String announced = await().atMost(WAIT)
                    .until(
                            () -> storefronts.records(reseller.resellerId(), "storefront.activated.v1"),
                            records -> records.size() == 1)
                    .get(0)
                    .value();
            assertThat(announced).contains("\"alias\":\"secured\"");
        }
        given().get(readiness).then().statusCode(200);
        // every connection of the service's pool to the database is TLS (pg_stat_ssl of the same database)
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE ssl) FROM pg_stat_ssl"
                        + " JOIN pg_stat_activity USING (pid) WHERE datname = current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(2)).isPositive().isEqualTo(rs.getInt(1));
        }
    }

    @Test
    @Order(2)
    void a_password_the_broker_refuses_is_readiness_down_with_the_reason_and_the_relay_keeps_the_event() {
        KafkaServer.setScramPassword(brokerAdministration, SecuredServers.SERVICE_USER, "changed-" + UUID.randomUUID());
        try {
            await().atMost(WAIT)
                    .untilAsserted(() -> given().get(readiness)
                            .then()
                            .statusCode(503)
                            .body(containsString("Kafka connection health check"))
                            .body(containsString("Authentication failed"))
                            .body(containsString("invalid credentials")));

            String eventId = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(
                                    Contracts.STOREFRONT_PURGED,
                                    reseller.resellerId(),
                                    new StorefrontPurged(
                                            Tenants.newId(),
                                            1,
                                            reseller.resellerId(),
                                            tenant.distributorId(),
                                            "refused",
                                            Instant.now()))
                            .id());
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(lastError(eventId)).contains("SaslAuthenticationException"));
        } finally {
            KafkaServer.setScramPassword(brokerAdministration, SecuredServers.SERVICE_USER, servicePassword);
        }
        // the event waited in the outbox and goes out with the right password (the health check's admin client
        // keeps reporting its failure until the service restarts, as a pod does to read a changed Secret)
        await().atMost(WAIT).untilAsserted(() -> assertThat(unsent()).isZero());
    }

    private Map<String, Object> asSubscriptionService() {
        return KafkaServer.securedClientSettings(
                securedBroker, Path.of(authority), SecuredServers.TEST_USER, testPassword);
    }

    private String lastError(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var query = connection.prepareStatement("SELECT last_error FROM outbox_message WHERE id = ?")) {
            query.setObject(1, UUID.fromString(eventId));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? String.valueOf(rs.getString(1)) : "";
            }
        }
    }

    private int unsent() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM outbox_message WHERE sent_at IS NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

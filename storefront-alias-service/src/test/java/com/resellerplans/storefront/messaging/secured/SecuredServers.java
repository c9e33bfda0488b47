package com.resellerplans.storefront.messaging.secured;

import com.resellerplans.localservers.KafkaServer;
import com.resellerplans.localservers.PostgresServer;
import com.resellerplans.localservers.TestCertificates;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A Kafka broker that only lets SCRAM-SHA-512 users in over TLS, and a PostgreSQL with TLS, both presenting
 * certificates of an authority made for this run: the servers a real cluster gives the service. Their addresses
 * and secrets go out under {@code secured-servers.*}; {@link SecuredServersProfile} points the service at them the
 * way deploy/ does.
 */
public class SecuredServers implements QuarkusTestResourceLifecycleManager {
    /** The service's Kafka user: its consumer group and its KafkaUser in deploy/ have the same name. */
    static final String SERVICE_USER = "storefront-alias-service";
    /** The test itself, producing as subscription-service and reading the storefronts topic. */
    static final String TEST_USER = "subscription-service";

    private KafkaServer kafka;
    private PostgresServer postgres;

    @Override
    public Map<String, String> start() {
        TestCertificates certificates = TestCertificates.issue();
        kafka = KafkaServer.startSecuredForTests(certificates);
        String servicePassword = "service-" + System.nanoTime();
        kafka.setScramPassword(SERVICE_USER, servicePassword);
        String testPassword = "test-" + System.nanoTime();
        kafka.setScramPassword(TEST_USER, testPassword);
        postgres = PostgresServer.startForTestsWithTls(certificates);
        postgres.createDatabaseIfAbsent("storefronts");
        return Map.of(
                "secured-servers.kafka-plaintext",
                kafka.bootstrapServers(),
                "secured-servers.kafka",
                kafka.securedBootstrapServers(),
                "secured-servers.ca",
                certificates.caCertificate().toString(),
                "secured-servers.service-password",
                servicePassword,
                "secured-servers.test-password",
                testPassword,
                "secured-servers.jdbc-url",
                postgres.jdbcUrl("storefronts"));
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }
}

package com.resellerplans.storefront.messaging.secured;

import com.resellerplans.localservers.KafkaServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service configured as deploy/ configures it, by the same variables, against {@link SecuredServers}: Kafka over
 * SASL_SSL with SCRAM-SHA-512 and a PEM truststore, PostgreSQL with {@code sslmode=verify-full}.
 */
public class SecuredServersProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // above the shared test resource, which points the service at the plain test servers
                "config_ordinal",
                "1000",
                "kafka.bootstrap.servers",
                "${secured-servers.kafka}",
                "KAFKA_SECURITY_PROTOCOL",
                "SASL_SSL",
                "KAFKA_SASL_MECHANISM",
                "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG",
                KafkaServer.scramJaasConfig(SecuredServers.SERVICE_USER, "${secured-servers.service-password}"),
                "KAFKA_SSL_TRUSTSTORE_TYPE",
                "PEM",
                "KAFKA_SSL_TRUSTSTORE_LOCATION",
                "${secured-servers.ca}",
                "quarkus.datasource.jdbc.url",
                "${secured-servers.jdbc-url}?sslmode=verify-full&sslrootcert=${secured-servers.ca}");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SecuredServers.class));
    }
}

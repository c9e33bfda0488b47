package com.resellerplans.outbox;

import io.quarkus.arc.Unremovable;
import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code kafka.*} settings every Kafka client of the service shares: the consumers and dead-letter producers of
 * the SmallRye channels, the health check's admin client and the outbox relay's producer. Quarkus's own map less
 * the settings left blank: the shared configuration names every security setting with an empty default
 * ({@code KAFKA_SASL_JAAS_CONFIG} and the like), and a Kafka client given an empty truststore or keystore location
 * tries to open it.
 */
@ApplicationScoped
class KafkaClientSettings {
    /** The name SmallRye Kafka and Quarkus's admin client look the shared settings up by. */
    static final String DEFAULT_KAFKA_BROKER = "default-kafka-broker";

    @Produces
    @Singleton
    @Unremovable
    @Identifier(DEFAULT_KAFKA_BROKER)
    Map<String, Object> shared(Config config, ApplicationConfig application) {
        return withoutBlanks(new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, application));
    }

    static Map<String, Object> withoutBlanks(Map<String, Object> settings) {
        Map<String, Object> set = new TreeMap<>();
        settings.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                set.put(name, value);
            }
        });
        return set;
    }

    /** Only the settings a client of this kind knows, so it logs no warning about the others. */
    static Map<String, Object> knownTo(Set<String> configNames, Map<String, Object> settings) {
        Map<String, Object> known = new TreeMap<>();
        settings.forEach((name, value) -> {
            if (configNames.contains(name)) {
                known.put(name, value);
            }
        });
        return known;
    }
}

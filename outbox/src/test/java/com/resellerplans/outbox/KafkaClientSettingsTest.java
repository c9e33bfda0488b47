package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    @Test
    void settings_left_empty_are_not_given_to_the_clients_so_they_keep_kafkas_defaults() {
        Map<String, Object> shared = KafkaClientSettings.withoutBlanks(Map.of(
                "bootstrap.servers", "localhost:9092",
                "security.protocol", "PLAINTEXT",
                "sasl.jaas.config", "",
                "ssl.truststore.location", " "));

        assertThat(shared)
                .containsOnly(
                        Map.entry("bootstrap.servers", "localhost:9092"), Map.entry("security.protocol", "PLAINTEXT"));
    }

    @Test
    void each_client_gets_the_settings_it_knows() {
        Map<String, Object> shared = Map.of(
                "bootstrap.servers", "broker:9093",
                "security.protocol", "SASL_SSL",
                "group.id", "order-service",
                "acks", "all");

        assertThat(KafkaClientSettings.knownTo(ProducerConfig.configNames(), shared))
                .containsOnlyKeys("bootstrap.servers", "security.protocol", "acks");
        assertThat(KafkaClientSettings.knownTo(AdminClientConfig.configNames(), shared))
                .containsOnlyKeys("bootstrap.servers", "security.protocol");
    }
}

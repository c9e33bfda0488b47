package com.resellerplans.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka producer: idempotent with {@code acks=all}, so a retried send never duplicates or
 * reorders a record within a partition; short timeouts so a broker outage shows up as a failed batch
 * the relay retries, rather than a thread blocked for minutes. It connects as every other Kafka client of the
 * service does ({@link KafkaClientSettings}: bootstrap servers, TLS, SASL).
 */
@ApplicationScoped
public class OutboxProducer {
    private final Map<String, Object> settings;

    OutboxProducer(
            @Identifier(KafkaClientSettings.DEFAULT_KAFKA_BROKER) Map<String, Object> shared, ServiceName service) {
        settings = new HashMap<>(KafkaClientSettings.knownTo(ProducerConfig.configNames(), shared));
        settings.putAll(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG,
                service.name() + "-outbox-relay",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                3_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                8_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    Producer<String, byte[]> create() {
        return new KafkaProducer<>(settings);
    }
}

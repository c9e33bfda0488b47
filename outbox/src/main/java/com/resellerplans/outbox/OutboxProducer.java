package com.resellerplans.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka producer: idempotent with {@code acks=all}, so a retried send never duplicates or
 * reorders a record within a partition; short timeouts so a broker outage shows up as a failed batch
 * the relay retries, rather than a thread blocked for minutes.
 */
@ApplicationScoped
public class OutboxProducer {
    private final String bootstrapServers;
    private final String clientId;

    OutboxProducer(OutboxConfig config, ServiceName service) {
        this.bootstrapServers = config.bootstrapServers();
        this.clientId = service.name() + "-outbox-relay";
    }

    Producer<String, byte[]> create() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG,
                clientId,
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
}

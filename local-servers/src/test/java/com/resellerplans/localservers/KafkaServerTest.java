package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaServerTest {

    private static KafkaServer kafka;

    @BeforeAll
    static void startKafka() {
        long begin = System.nanoTime();
        kafka = KafkaServer.startForTests();
        System.err.printf("Kafka (tests) started in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void roundTripSurvivesStopAndStart() throws Exception {
        String topic = "orders-" + UUID.randomUUID();
        assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + kafka.port());

        send(topic, "before-restart");
        assertThat(consume(topic, "g1", 1)).containsExactly("before-restart");

        long stopBegin = System.nanoTime();
        kafka.stop();
        long stopped = System.nanoTime();
        assertThat(kafka.isRunning()).isFalse();
        kafka.start();
        long started = System.nanoTime();
        System.err.printf(
                "Kafka stop %d ms, restart %d ms%n",
                (stopped - stopBegin) / 1_000_000, (started - stopped) / 1_000_000);
        assertThat(kafka.isRunning()).isTrue();

        send(topic, "after-restart");
        // a new group reads both: the first record was kept in the same log directory
        assertThat(consume(topic, "g2", 2)).containsExactlyInAnyOrder("before-restart", "after-restart");
    }

    private static void send(String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consume(String topic, String group, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        group,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}

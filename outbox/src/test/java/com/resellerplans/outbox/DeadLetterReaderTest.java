package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.domain.DomainException;
import com.resellerplans.localservers.KafkaServer;
import com.resellerplans.localservers.TestCertificates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dead-letter topic read on a real broker: pages across partitions, one record by position, a missing topic; over
 * its SASL_SSL listener with the service's login, and a refused login said so.
 */
class DeadLetterReaderTest {
    private static final String TOPIC = "dead-letter-topic-things";
    private static final String USER = "subscription-service";
    private static final String PASSWORD = "reader-secret";
    private static KafkaServer kafka;

    @BeforeAll
    static void startKafkaWithRecords() throws Exception {
        kafka = KafkaServer.startSecuredForTests(TestCertificates.issue());
        kafka.setScramPassword(USER, PASSWORD);
        kafka.createTopic(TOPIC, 3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int partition = 0; partition < 3; partition++) {
                for (int i = 0; i < 2 + partition; i++) { // 2, 3 and 4 records
                    producer.send(new ProducerRecord<>(TOPIC, partition, "key", partition + "/" + i))
                            .get(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void pagesGoThroughEveryPartitionInOrderWithoutLosingOrRepeatingARecord() {
        List<String> seen = new ArrayList<>();
        DeadLetterReader.Position from = DeadLetterReader.Position.START;
        while (from != null) {
            List<ConsumerRecord<String, String>> page;
            try (DeadLetterReader reader = reader()) {
                page = reader.read(TOPIC, from, 3);
            }
            page.stream().limit(2).forEach(record -> seen.add(record.value()));
            from = page.size() > 2
                    ? new DeadLetterReader.Position(
                            page.get(2).partition(), page.get(2).offset())
                    : null;
        }

        assertThat(seen).containsExactly("0/0", "0/1", "1/0", "1/1", "1/2", "2/0", "2/1", "2/2", "2/3");
    }

    @Test
    void oneRecordIsFoundByItsPositionAndAPositionOffTheTopicIsNot() {
        try (DeadLetterReader reader = reader()) {
            assertThat(reader.at(TOPIC, 2, 3))
                    .get()
                    .extracting(ConsumerRecord::value)
                    .isEqualTo("2/3");
            assertThat(reader.at(TOPIC, 2, 4)).isEmpty();
            assertThat(reader.at(TOPIC, 3, 0)).isEmpty();
        }
    }

    @Test
    void aTopicNothingWasDeadLetteredToYetIsEmptyAtOnceAndIsNotCreated() throws Exception {
        Instant started = Instant.now();
        try (DeadLetterReader reader = reader()) {
            assertThat(reader.read("dead-letter-topic-never", DeadLetterReader.Position.START, 10))
                    .isEmpty();
            assertThat(reader.at("dead-letter-topic-never", 0, 0)).isEmpty();
        }
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(8));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains(TOPIC)
                    .doesNotContain("dead-letter-topic-never");
        }
    }

    @Test
    void theServicesSecuritySettingsReachTheReaderAndARefusedLoginIsSaidSo() {
        try (DeadLetterReader reader =
                new DeadLetterReader(kafka.securedClientSettings(USER, PASSWORD), "dead-letter-reader-test")) {
            assertThat(reader.at(TOPIC, 0, 1))
                    .get()
                    .extracting(ConsumerRecord::value)
                    .isEqualTo("0/1");
        }
        try (DeadLetterReader reader = new DeadLetterReader(
                kafka.securedClientSettings(USER, "not-the-password"), "dead-letter-reader-test")) {
            assertThatThrownBy(() -> reader.at(TOPIC, 0, 1))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            refused -> assertThat(refused.code()).isEqualTo("DEAD_LETTERS_REFUSED"))
                    .hasMessageContaining("SCRAM-SHA-512");
        }
    }

    private static DeadLetterReader reader() {
        return new DeadLetterReader(Map.of("bootstrap.servers", kafka.bootstrapServers()), "dead-letter-reader-test");
    }
}

package com.resellerplans.outbox;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads a dead-letter topic for the operator with a plain consumer of its own, outside any consumer group: it is
 * assigned partitions and seeks, commits nothing and so moves no offset of anyone's. Built from the same
 * {@code kafka.*} settings as the channels' consumers (bootstrap servers and any security settings).
 */
final class DeadLetterReader implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DeadLetterReader.class);
    /** How long one request may wait for the broker in all before it is answered unavailable. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, String> consumer;
    private final Instant deadline = Instant.now().plus(READ_TIMEOUT);

    DeadLetterReader(Map<String, Object> kafka, String clientId) {
        Map<String, Object> config = new HashMap<>(KafkaClientSettings.knownTo(ConsumerConfig.configNames(), kafka));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try {
            consumer = new KafkaConsumer<>(config);
        } catch (KafkaException e) {
            throw refusalOf(e);
        }
    }

    /**
     * Up to {@code count} records in partition then offset order, starting at {@code from} (that partition from
     * that offset, later partitions from their beginning).
     */
    List<ConsumerRecord<String, String>> read(String topic, Position from, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try {
            List<TopicPartition> partitions = partitionsOf(topic).stream()
                    .filter(partition -> partition.partition() >= from.partition())
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .toList();
            // assigned before their offsets are asked (the client warns of an answer for a partition it lacks), all
            // at once and each fetched in its turn
            consumer.assign(partitions);
            consumer.pause(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, remaining());
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, remaining());
            for (TopicPartition partition : partitions) {
                long start = partition.partition() == from.partition() ? from.offset() : 0;
                readPartition(
                        partition, Math.max(start, beginnings.get(partition)), ends.get(partition), count, records);
                if (records.size() >= count) {
                    break;
                }
            }
            return records;
        } catch (KafkaException e) {
            throw refusalOf(e);
        }
    }

    /** The record at that offset, if the partition exists and still holds it. */
    Optional<ConsumerRecord<String, String>> at(String topic, int partition, long offset) {
        try {
            TopicPartition wanted = new TopicPartition(topic, partition);
            if (!partitionsOf(topic).contains(wanted)) {
                return Optional.empty();
            }
            consumer.assign(List.of(wanted));
            long beginning =
                    consumer.beginningOffsets(List.of(wanted), remaining()).get(wanted);
            long end = consumer.endOffsets(List.of(wanted), remaining()).get(wanted);
            if (offset < beginning || offset >= end) {
                return Optional.empty();
            }
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            readPartition(wanted, offset, offset + 1, 1, records);
            return records.stream().filter(record -> record.offset() == offset).findFirst();
        } catch (KafkaException e) {
            throw refusalOf(e);
        }
    }

    private List<TopicPartition> partitionsOf(String topic) {
        return consumer.partitionsFor(topic, remaining()).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private void readPartition(
            TopicPartition partition, long from, long end, int count, List<ConsumerRecord<String, String>> into) {
        consumer.seek(partition, from);
        consumer.resume(List.of(partition));
        while (into.size() < count && consumer.position(partition, remaining()) < end) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL).records(partition)) {
                if (record.offset() < end && into.size() < count) {
                    into.add(record);
                }
            }
            remaining();
        }
        consumer.pause(List.of(partition));
    }

    /** What is left of the request's time with the broker; none left is answered unavailable. */
    private Duration remaining() {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw unavailable();
        }
        return left;
    }

    /** A broker that refused the login or the read is said so (and logged): not mistaken for one that is slow. */
    private static DomainException refusalOf(KafkaException failure) {
        LOG.warnf(failure, "Dead-letter topic not read: %s", failure.getMessage());
        if (failure instanceof AuthenticationException || failure instanceof AuthorizationException) {
            return new DomainException(
                    Refusal.UNAVAILABLE,
                    "DEAD_LETTERS_REFUSED",
                    "Kafka refused this service's reader (" + failure.getMessage() + "); nothing was read or"
                            + " applied.");
        }
        return new DomainException(
                Refusal.UNAVAILABLE,
                "DEAD_LETTERS_UNAVAILABLE",
                "Kafka could not be read (" + failure.getMessage() + "); nothing was read or applied.");
    }

    private static DomainException unavailable() {
        return new DomainException(
                Refusal.UNAVAILABLE,
                "DEAD_LETTERS_UNAVAILABLE",
                "Kafka did not answer within " + READ_TIMEOUT.toSeconds() + " s; nothing was read or applied.");
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    /** Where a page of records starts: that partition from that offset. */
    record Position(int partition, long offset) {
        static final Position START = new Position(0, 0);
    }
}

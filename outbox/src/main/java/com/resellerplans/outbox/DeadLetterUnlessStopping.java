package com.resellerplans.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every channel the {@link Inbox} consumes ({@code failure-strategy=}{@value #NAME}): the
 * connector's dead-letter queue, except for a record the Inbox {@link LeftForRedelivery left for redelivery}
 * because the application is stopping. That one is neither acknowledged nor dead-lettered: its offset stays
 * uncommitted and it comes again after the restart. (With the plain dead-letter queue, the few records in hand
 * at a SIGTERM ended in the dead-letter topic, perfectly good events an operator would have to replay.)
 *
 * <p>A dead-lettered record also carries {@value #CONSUMER_GROUP_HEADER}, the consumer group that gave up on it:
 * the dead-letter topic of a channel name is shared by every service consuming a channel of that name, and
 * SmallRye's own {@code dead-letter-*} headers do not say which of them failed. {@link DeadLetters} replays only
 * its own service's records. Which topic and group each channel dead-letters to is kept from the connector's own
 * configuration as each channel's consumers are created.
 */
@ApplicationScoped
@Unremovable
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {
    public static final String NAME = "dead-letter-unless-stopping";
    public static final String CONSUMER_GROUP_HEADER = "dead-letter-consumer-group";
    /** SmallRye Kafka's name of a channel's dead-letter topic when {@code dead-letter-queue.topic} is not set. */
    private static final String DEFAULT_TOPIC_PREFIX = "dead-letter-topic-";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final Map<String, DeadLetterChannel> channels = new ConcurrentHashMap<>();

    DeadLetterUnlessStopping(
            @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    @Override
    public KafkaFailureHandler create(
            KafkaConnectorIncomingConfiguration config,
            Vertx vertx,
            KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetters = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        String group = config.getGroupId().orElse(null);
        channels.put(
                config.getChannel(),
                new DeadLetterChannel(
                        config.getDeadLetterQueueTopic().orElse(DEFAULT_TOPIC_PREFIX + config.getChannel()), group));
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return isLeftForRedelivery(reason)
                        ? Uni.createFrom().voidItem()
                        : deadLetters.handle(record, reason, namingGroup(group, metadata));
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
            }
        };
    }

    /** Where the channel's consumers dead-letter, once they have been created. */
    Optional<DeadLetterChannel> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    /**
     * Adds the group header through the outgoing metadata, whose headers SmallRye's dead-letter queue copies onto
     * the dead-lettered record after the original record's own. The Inbox nacks without metadata, so none is replaced.
     */
    static Metadata namingGroup(String group, Metadata metadata) {
        Metadata given = metadata == null ? Metadata.empty() : metadata;
        if (group == null) {
            return given;
        }
        return given.with(OutgoingKafkaRecordMetadata.builder()
                .addHeaders(new RecordHeader(CONSUMER_GROUP_HEADER, group.getBytes(UTF_8)))
                .build());
    }

    /** A channel's dead-letter topic and the consumer group its consumers dead-letter as. */
    record DeadLetterChannel(String topic, String consumerGroup) {}

    static boolean isLeftForRedelivery(Throwable reason) {
        for (Throwable cause = reason; cause != null; cause = cause.getCause()) {
            if (cause instanceof LeftForRedelivery) {
                return true;
            }
        }
        return false;
    }
}

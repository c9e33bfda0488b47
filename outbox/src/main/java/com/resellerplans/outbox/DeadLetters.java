package com.resellerplans.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.events.EventEnvelope;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The operator's dead-letter replay: lists a channel's dead-letter topic and applies one of this service's
 * dead-lettered records again, inside the service that gave up on it, through the very {@link Inbox} row and
 * handler its live consumer uses. Nothing is published again to the original topic (every other consumer group
 * would see the event a second time). Before applying it checks that the record exists, that this service's
 * consumer group dead-lettered it (the topic is shared by every service consuming a channel of that name) and that
 * the channel handles its event type. Served on the management port by {@link DeadLetterRoutes}.
 */
@ApplicationScoped
public class DeadLetters {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final String REASON_HEADER = "dead-letter-reason";
    private static final String CAUSE_HEADER = "dead-letter-cause";
    private static final String ORIGINAL_TOPIC_HEADER = "dead-letter-topic";
    private static final String ORIGINAL_PARTITION_HEADER = "dead-letter-partition";
    private static final String ORIGINAL_OFFSET_HEADER = "dead-letter-offset";

    private final Map<String, EventHandlers> handlersByChannel;
    private final DeadLetterUnlessStopping failureStrategy;
    private final Inbox inbox;
    private final Map<String, Object> kafka;
    private final String clientId;

    DeadLetters(
            Instance<InboxChannel> channels,
            @Identifier(DeadLetterUnlessStopping.NAME) DeadLetterUnlessStopping failureStrategy,
            Inbox inbox,
            ServiceName service,
            @Identifier(KafkaClientSettings.DEFAULT_KAFKA_BROKER) Map<String, Object> kafka) {
        this.handlersByChannel = channels.stream()
                .map(InboxChannel::handlers)
                .collect(Collectors.toUnmodifiableMap(EventHandlers::channel, Function.identity()));
        this.failureStrategy = failureStrategy;
        this.inbox = inbox;
        this.kafka = kafka;
        this.clientId = service.name() + "-dead-letters";
    }

    /** One page of the channel's dead-letter topic, oldest first by partition; {@code limit} is clamped. */
    public Page page(String channelName, String cursor, int limit) {
        Channel channel = channel(channelName);
        DeadLetterReader.Position from = cursor == null ? DeadLetterReader.Position.START : positionOf(cursor);
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        try (DeadLetterReader reader = new DeadLetterReader(kafka, clientId)) {
            List<ConsumerRecord<String, String>> records = reader.read(channel.topic(), from, size + 1);
            String next = records.size() > size ? cursorOf(records.get(size)) : null;
            return new Page(records.stream().limit(size).map(channel::view).toList(), next);
        }
    }

    /** Applies the record at that position again, after the checks above; a refusal changes nothing. */
    @ActivateRequestContext
    public Replayed replay(String channelName, int partition, long offset) {
        Channel channel = channel(channelName);
        ConsumerRecord<String, String> record;
        try (DeadLetterReader reader = new DeadLetterReader(kafka, clientId)) {
            record = reader.at(channel.topic(), partition, offset)
                    .orElseThrow(() -> new DomainException(
                            Refusal.NOT_FOUND,
                            "DEAD_LETTER_NOT_FOUND",
                            channel.topic() + " holds no record at partition " + partition + ", offset " + offset
                                    + "."));
        }
        String deadLetteredBy = header(record, DeadLetterUnlessStopping.CONSUMER_GROUP_HEADER);
        if (!Objects.equals(deadLetteredBy, channel.consumerGroup())) {
            throw new DomainException(
                    Refusal.CONFLICT,
                    "DEAD_LETTER_OF_ANOTHER_CONSUMER",
                    deadLetteredBy == null
                            ? "The record names no consumer group that dead-lettered it, so this service cannot"
                                    + " tell it was its own; nothing was applied."
                            : "The record was dead-lettered by consumer group " + deadLetteredBy
                                    + "; replay it in that service. Nothing was applied.",
                    deadLetteredBy == null ? Map.of() : Map.of("deadLetteredBy", deadLetteredBy));
        }
        EventEnvelope envelope = envelopeOf(record)
                .orElseThrow(() -> new DomainException(
                        Refusal.INVALID,
                        "DEAD_LETTER_UNREADABLE",
                        "The record carries no readable CloudEvents id, type and time; it cannot be applied."));
        EventHandlers.Registration<?> handler = channel.handlers()
                .forType(envelope.type())
                .orElseThrow(() -> new DomainException(
                        Refusal.INVALID,
                        "DEAD_LETTER_TYPE_NOT_HANDLED",
                        "Channel " + channel.name() + " of this service does not handle " + envelope.type()
                                + "; nothing was applied."));
        Inbox.Replay outcome = inbox.replay(record, envelope, handler);
        return new Replayed(outcome, partition, offset, envelope.id(), envelope.type());
    }

    private Channel channel(String name) {
        EventHandlers handlers = handlersByChannel.get(name);
        Optional<DeadLetterUnlessStopping.DeadLetterChannel> deadLetters = failureStrategy.channel(name);
        if (handlers == null || deadLetters.isEmpty()) {
            throw new DomainException(
                    Refusal.NOT_FOUND,
                    "DEAD_LETTER_CHANNEL_UNKNOWN",
                    "This service consumes no channel " + name + " through its inbox; it consumes "
                            + handlersByChannel.keySet().stream().sorted().toList() + ".");
        }
        return new Channel(name, deadLetters.get().topic(), deadLetters.get().consumerGroup(), handlers);
    }

    private static Optional<EventEnvelope> envelopeOf(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope envelope = Inbox.envelopeOf(record);
            return envelope.id() == null || envelope.type() == null ? Optional.empty() : Optional.of(envelope);
        } catch (DateTimeException unreadableTime) {
            return Optional.empty();
        }
    }

    /** A cursor is {@code <partition>-<offset>} of the first record of the page it starts. */
    static String cursorOf(ConsumerRecord<?, ?> record) {
        return record.partition() + "-" + record.offset();
    }

    static DeadLetterReader.Position positionOf(String cursor) {
        String[] parts = cursor.split("-", -1);
        try {
            if (parts.length == 2) {
                DeadLetterReader.Position position =
                        new DeadLetterReader.Position(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
                if (position.partition() >= 0 && position.offset() >= 0) {
                    return position;
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new DomainException(
                Refusal.INVALID, "INVALID_REQUEST", "cursor must be a nextCursor this service answered.");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static <T> T headerAs(ConsumerRecord<String, String> record, String name, Function<String, T> parse) {
        String value = header(record, name);
        try {
            return value == null ? null : parse.apply(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Channel(String name, String topic, String consumerGroup, EventHandlers handlers) {
        DeadLetter view(ConsumerRecord<String, String> record) {
            Optional<EventEnvelope> envelope = envelopeOf(record);
            String deadLetteredBy = header(record, DeadLetterUnlessStopping.CONSUMER_GROUP_HEADER);
            return new DeadLetter(
                    record.partition(),
                    record.offset(),
                    Instant.ofEpochMilli(record.timestamp()),
                    deadLetteredBy,
                    envelope.map(EventEnvelope::id).orElse(null),
                    envelope.map(EventEnvelope::type).orElse(null),
                    record.key(),
                    header(record, REASON_HEADER),
                    header(record, CAUSE_HEADER),
                    header(record, ORIGINAL_TOPIC_HEADER),
                    headerAs(record, ORIGINAL_PARTITION_HEADER, Integer::valueOf),
                    headerAs(record, ORIGINAL_OFFSET_HEADER, Long::valueOf),
                    Objects.equals(deadLetteredBy, consumerGroup)
                            && envelope.flatMap(e -> handlers.forType(e.type())).isPresent());
        }
    }

    /** A page of dead-lettered records; {@code nextCursor} is where the next page starts, null at the end. */
    public record Page(List<DeadLetter> items, String nextCursor) {}

    /**
     * One dead-lettered record: where it is, when and by which consumer group it was dead-lettered, the event and
     * its key, why (SmallRye's reason and cause), where it came from, and whether this service would replay it.
     */
    public record DeadLetter(
            int partition,
            long offset,
            Instant deadLetteredAt,
            String deadLetteredBy,
            String eventId,
            String eventType,
            String key,
            String reason,
            String cause,
            String originalTopic,
            Integer originalPartition,
            Long originalOffset,
            boolean replayable) {}

    /** What a replay did, and to which record. */
    public record Replayed(Inbox.Replay outcome, int partition, long offset, String eventId, String eventType) {}
}

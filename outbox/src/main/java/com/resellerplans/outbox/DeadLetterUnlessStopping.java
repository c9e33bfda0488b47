package com.resellerplans.outbox;

import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every channel the {@link Inbox} consumes ({@code failure-strategy=}{@value #NAME}): the
 * connector's dead-letter queue, except for a record the Inbox {@link LeftForRedelivery left for redelivery}
 * because the application is stopping. That one is neither acknowledged nor dead-lettered: its offset stays
 * uncommitted and it comes again after the restart. (With the plain dead-letter queue, the few records in hand
 * at a SIGTERM ended in the dead-letter topic, perfectly good events an operator would have to replay.)
 */
@ApplicationScoped
@Unremovable
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {
    public static final String NAME = "dead-letter-unless-stopping";

    private final KafkaFailureHandler.Factory deadLetterQueue;

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
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return isLeftForRedelivery(reason)
                        ? Uni.createFrom().voidItem()
                        : deadLetters.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
            }
        };
    }

    static boolean isLeftForRedelivery(Throwable reason) {
        for (Throwable cause = reason; cause != null; cause = cause.getCause()) {
            if (cause instanceof LeftForRedelivery) {
                return true;
            }
        }
        return false;
    }
}

package com.resellerplans.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class DeadLetterUnlessStoppingTest {
    private static final ConsumerRecord<String, String> RECORD = new ConsumerRecord<>("orders", 2, 41L, "key", "{}");

    @Test
    void aRecordLeftForRedeliveryIsRecognisedHoweverTheMediatorWrapsIt() {
        LeftForRedelivery left = new LeftForRedelivery(RECORD);

        assertThat(left).hasMessage("Stopping: orders-2@41 is left for redelivery after the restart");
        assertThat(DeadLetterUnlessStopping.isLeftForRedelivery(left)).isTrue();
        assertThat(DeadLetterUnlessStopping.isLeftForRedelivery(new CompletionException(left)))
                .isTrue();
    }

    @Test
    void everyOtherFailureGoesToTheDeadLetterQueue() {
        assertThat(DeadLetterUnlessStopping.isLeftForRedelivery(new IllegalStateException("Stopping")))
                .isFalse();
        assertThat(DeadLetterUnlessStopping.isLeftForRedelivery(
                        new CompletionException(new IllegalArgumentException("Unreadable payload"))))
                .isFalse();
    }

    @Test
    void aDeadLetteredRecordIsGivenTheConsumerGroupThatGaveUpOnIt() {
        Metadata metadata = DeadLetterUnlessStopping.namingGroup("subscription-service", Metadata.empty());

        OutgoingKafkaRecordMetadata<?> outgoing =
                metadata.get(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(new String(
                        outgoing.getHeaders()
                                .lastHeader(DeadLetterUnlessStopping.CONSUMER_GROUP_HEADER)
                                .value(),
                        UTF_8))
                .isEqualTo("subscription-service");
        assertThat(outgoing.getTopic()).isNull();
        assertThat(outgoing.getPartition()).isNegative();
        assertThat(DeadLetterUnlessStopping.namingGroup(null, null)).isEqualTo(Metadata.empty());
    }
}

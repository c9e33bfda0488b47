package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
}

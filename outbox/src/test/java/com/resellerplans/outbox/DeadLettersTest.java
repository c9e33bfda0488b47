package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.domain.DomainException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
    @Test
    void aCursorNamesThePartitionAndOffsetOfTheRecordThatStartsTheNextPage() {
        String cursor = DeadLetters.cursorOf(new ConsumerRecord<>("dead-letter-topic-orders", 2, 17L, "k", "v"));

        assertThat(cursor).isEqualTo("2-17");
        assertThat(DeadLetters.positionOf(cursor)).isEqualTo(new DeadLetterReader.Position(2, 17));
    }

    @Test
    void aCursorTheServiceDidNotAnswerIsRefused() {
        for (String cursor : new String[] {"", "2", "2-", "-1-5", "2-x", "2-17-1", "99999999999-1"}) {
            assertThatThrownBy(() -> DeadLetters.positionOf(cursor))
                    .as(cursor)
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            refusal -> assertThat(refusal.code()).isEqualTo("INVALID_REQUEST"));
        }
    }
}

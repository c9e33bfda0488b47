package com.resellerplans.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The application is stopping: the record was not applied and must not be acknowledged or dead-lettered, so its
 * offset stays uncommitted and the record comes again after the restart ({@link DeadLetterUnlessStopping}).
 */
public class LeftForRedelivery extends IllegalStateException {
    LeftForRedelivery(ConsumerRecord<?, ?> record) {
        super("Stopping: " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " is left for redelivery after the restart");
    }
}

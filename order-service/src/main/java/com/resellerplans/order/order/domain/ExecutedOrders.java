package com.resellerplans.order.order.domain;

import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.outbox.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** The {@code orders.executed} counter by channel and kind, moved only by transactions that commit. */
@ApplicationScoped
class ExecutedOrders {
    private final MeterRegistry meters;
    private final TransactionSynchronizationRegistry transactions;

    ExecutedOrders(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.meters = meters;
        this.transactions = transactions;
    }

    /** Counts the order once the caller's transaction has committed. */
    void count(Channel channel, OrderKind kind) {
        Counter counter = Counter.builder("orders.executed").description("Orders executed")
                .tag("channel", channel.name()).tag("kind", kind.name()).register(meters);
        // a fresh key: every order executed in one transaction counts
        AfterCommit.run(transactions, new Object(), counter::increment);
    }
}

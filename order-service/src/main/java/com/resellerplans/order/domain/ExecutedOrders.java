package com.resellerplans.order.domain;

import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.outbox.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

/**
 * The {@code orders.executed} counter by channel and kind, and one log line per order, moved only by
 * transactions that commit.
 */
@ApplicationScoped
class ExecutedOrders {
    private static final Logger LOG = Logger.getLogger(ExecutedOrders.class);

    private final MeterRegistry meters;
    private final TransactionSynchronizationRegistry transactions;

    ExecutedOrders(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.meters = meters;
        this.transactions = transactions;
    }

    /** Counts and logs the order once the caller's transaction has committed. */
    void record(String orderId, Channel channel, OrderKind kind) {
        Counter counter = Counter.builder("orders.executed")
                .description("Orders executed")
                .tag("channel", channel.name())
                .tag("kind", kind.name())
                .register(meters);
        // a fresh key: every order executed in one transaction counts
        AfterCommit.run(transactions, new Object(), () -> {
            counter.increment();
            LOG.infof("Order %s executed (%s, %s)", orderId, channel, kind);
        });
    }
}

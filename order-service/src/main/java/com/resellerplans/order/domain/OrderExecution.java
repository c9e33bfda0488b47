package com.resellerplans.order.domain;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.OrderExecuted;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.order.position.domain.PlanPosition;
import com.resellerplans.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one way an order is executed, whatever the channel: the order, the reseller's plan position and the
 * {@code order.executed.v1} outbox row change in the caller's transaction, under the caller's position lock.
 */
@ApplicationScoped
class OrderExecution {
    private final Orders orders;
    private final Outbox outbox;
    private final Clock clock;
    private final ExecutedOrders executedOrders;

    OrderExecution(Orders orders, Outbox outbox, Clock clock, ExecutedOrders executedOrders) {
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
        this.executedOrders = executedOrders;
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code kindNow} is the kind the plan rules gave under the lock; {@code actor} is who executes. */
    @Transactional(Transactional.TxType.MANDATORY)
    void execute(Order order, OrderKind kindNow, PlanPosition position, ResellerSnapshot reseller, Actor actor) {
        order.execute(kindNow, position.subscriptionId(), now());
        position.orderExecuted(order.plan());
        if (!orders.isPersistent(order)) {
            orders.persist(order);
        }
        orders.flush();
        outbox.publish(
                Contracts.ORDER_EXECUTED,
                order.resellerId(),
                new OrderExecuted(
                        order.id().toString(),
                        order.version(),
                        reseller,
                        order.channel(),
                        actor,
                        order.kind(),
                        order.plan(),
                        order.storefrontAlias(),
                        order.subscriptionId(),
                        order.executedAt()));
        executedOrders.record(order.id().toString(), order.channel(), order.kind());
    }
}

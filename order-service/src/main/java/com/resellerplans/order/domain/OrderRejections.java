package com.resellerplans.order.domain;

import com.resellerplans.events.EventEnvelope;
import com.resellerplans.events.SubscriptionChangeRejected;
import com.resellerplans.order.position.domain.PlanPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies subscription-service's refusal of an executed order: the order becomes REJECTED with the reason,
 * and the reseller's position gives back the tier the order had implied (the change never happened).
 */
@ApplicationScoped
public class OrderRejections {
    private static final Logger LOG = Logger.getLogger(OrderRejections.class);

    private final Orders orders;
    private final PlanPositions positions;

    OrderRejections(Orders orders, PlanPositions positions) {
        this.orders = orders;
        this.positions = positions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changeRejected(EventEnvelope envelope, SubscriptionChangeRejected event) {
        var position = positions.lockFor(event.distributorId(), event.resellerId());
        orders.find(event.distributorId(), UUID.fromString(event.orderId()))
                .ifPresentOrElse(
                        order -> {
                            if (order.reject(event.code() + ": " + event.reason())) {
                                position.changeRejected(order.kind(), order.plan());
                            }
                        },
                        () -> LOG.warnf(
                                "%s %s names unknown order %s; ignored",
                                envelope.type(), envelope.id(), event.orderId()));
    }
}

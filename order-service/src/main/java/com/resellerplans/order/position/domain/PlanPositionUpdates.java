package com.resellerplans.order.position.domain;

import com.resellerplans.events.EventEnvelope;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.SubscriptionCancellationRequested;
import com.resellerplans.events.SubscriptionCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps plan positions in step with subscription-service's events. Each update takes the same row lock as
 * a checkout or an execution, so an event never interleaves with a plan change being validated. A late event
 * (reordered across replicas) changes nothing: {@link PlanPosition} applies only steps after the last applied.
 */
@ApplicationScoped
public class PlanPositionUpdates {
    private final PlanPositions positions;

    PlanPositionUpdates(PlanPositions positions) {
        this.positions = positions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void activated(EventEnvelope envelope, SubscriptionActivated event) {
        positions
                .lockFor(event.reseller().distributorId(), event.reseller().id())
                .subscriptionActivated(event.subscriptionId(), event.plan(), event.step());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancellationRequested(EventEnvelope envelope, SubscriptionCancellationRequested event) {
        positions
                .lockFor(event.reseller().distributorId(), event.reseller().id())
                .cancellationRequested(event.subscriptionId(), event.plan(), event.step());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(EventEnvelope envelope, SubscriptionCancelled event) {
        positions
                .lockFor(event.reseller().distributorId(), event.reseller().id())
                .subscriptionCancelled(event.step());
    }
}

package com.resellerplans.subscription.api;

import com.resellerplans.events.Plan;
import com.resellerplans.subscription.domain.Subscription;
import com.resellerplans.subscription.domain.SubscriptionStatus;
import java.util.UUID;

/** A subscription as the other services of the suite read it ({@code GET /internal/v1/subscriptions/{id}}). */
public record InternalSubscriptionView(
        UUID id, String distributorId, UUID resellerId, Plan plan, SubscriptionStatus status) {

    static InternalSubscriptionView of(Subscription subscription) {
        return new InternalSubscriptionView(
                subscription.id(),
                subscription.distributorId(),
                subscription.reseller().id(),
                subscription.plan(),
                subscription.status());
    }
}

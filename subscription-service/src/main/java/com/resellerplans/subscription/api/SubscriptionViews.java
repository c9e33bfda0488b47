package com.resellerplans.subscription.api;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Plan;
import com.resellerplans.subscription.domain.CancellationPolicy;
import com.resellerplans.subscription.domain.SubscriptionLifecycle;
import com.resellerplans.subscription.domain.SubscriptionQueries;
import com.resellerplans.subscription.domain.SubscriptionStatus;
import com.resellerplans.subscription.domain.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/** What the BSS and Storefront subscription routes share: one call to the domain, answered as views. */
@ApplicationScoped
class SubscriptionViews {
    private final SubscriptionQueries queries;
    private final SubscriptionLifecycle lifecycle;
    private final Clock clock;

    SubscriptionViews(SubscriptionQueries queries, SubscriptionLifecycle lifecycle, Clock clock) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    Page<SubscriptionView> list(
            Viewer viewer, SubscriptionStatus status, Plan plan, String resellerId, String cursor, Integer limit) {
        return queries.list(viewer, status, plan, resellerId, PageRequest.of(cursor, limit))
                .map(subscription -> SubscriptionView.of(subscription, viewer, clock.instant()));
    }

    SubscriptionView get(Viewer viewer, String id) {
        return SubscriptionView.of(queries.get(viewer, id), viewer, clock.instant());
    }

    SubscriptionView cancel(
            Viewer viewer, String id, Optional<CancellationPolicy> policy, Actor actor, Channel channel) {
        return SubscriptionView.of(
                lifecycle.requestCancellation(viewer, id, policy, actor, channel), viewer, clock.instant());
    }
}

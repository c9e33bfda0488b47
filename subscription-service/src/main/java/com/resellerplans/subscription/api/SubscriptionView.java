package com.resellerplans.subscription.api;

import com.resellerplans.events.Plan;
import com.resellerplans.subscription.domain.StorefrontStatus;
import com.resellerplans.subscription.domain.Subscription;
import com.resellerplans.subscription.domain.SubscriptionAction;
import com.resellerplans.subscription.domain.SubscriptionStatus;
import com.resellerplans.subscription.domain.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as BSS and Storefront show it, with the actions the caller may take on it now. */
public record SubscriptionView(
        UUID id,
        UUID resellerId,
        String resellerName,
        Plan plan,
        SubscriptionStatus status,
        @Schema(nullable = true) String storefrontAlias,
        @Schema(nullable = true) String storefrontUrl,
        @Schema(nullable = true) StorefrontStatus storefrontStatus,
        Instant startedAt,
        @Schema(nullable = true) Instant termEndsAt,
        @Schema(nullable = true) Instant effectiveCancellationAt,
        List<SubscriptionAction> allowedActions,
        List<HistoryEntryView> history) {

    static SubscriptionView of(Subscription subscription, Viewer viewer, Instant now) {
        return new SubscriptionView(
                subscription.id(),
                subscription.reseller().id(),
                subscription.reseller().name(),
                subscription.plan(),
                subscription.status(),
                subscription.storefrontAlias(),
                subscription.storefrontUrl(),
                subscription.storefrontStatus(),
                subscription.startedAt(),
                subscription.termEndsAt(now),
                subscription.effectiveCancellationAt(),
                subscription.allowedActions(viewer),
                subscription.history().stream().map(HistoryEntryView::of).toList());
    }
}

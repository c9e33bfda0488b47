package com.resellerplans.subscription.api;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Plan;
import com.resellerplans.subscription.domain.SubscriptionHistory;
import com.resellerplans.subscription.domain.SubscriptionStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in a subscription's history: status and plan before and after, who, through which channel. */
public record HistoryEntryView(
        long id,
        @Schema(nullable = true) SubscriptionStatus from,
        SubscriptionStatus to,
        @Schema(nullable = true) Plan fromPlan,
        Plan toPlan,
        Instant at,
        Actor actor,
        Channel channel) {

    static HistoryEntryView of(SubscriptionHistory entry) {
        return new HistoryEntryView(
                entry.id(),
                entry.fromStatus(),
                entry.toStatus(),
                entry.fromPlan(),
                entry.toPlan(),
                entry.at(),
                entry.actor(),
                entry.channel());
    }
}

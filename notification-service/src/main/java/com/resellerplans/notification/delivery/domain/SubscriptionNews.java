package com.resellerplans.notification.delivery.domain;

import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.outbox.LastAppliedStep;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The last of a reseller's subscription events that was news (mailed, or meant to be): an email is only true while
 * nothing later has happened to the reseller's subscriptions, so a late event's email is not queued.
 */
@Entity
@Table(name = "subscription_news")
public class SubscriptionNews {
    @EmbeddedId
    private ResellerStorefront.Key key;

    @Embedded
    private LastAppliedStep lastNews = new LastAppliedStep();

    protected SubscriptionNews() {}

    /** A reseller none of whose subscription events was news yet. */
    SubscriptionNews(String distributorId, String resellerId) {
        this.key = new ResellerStorefront.Key(distributorId, resellerId);
    }

    /** Whether the event at {@code step} is news, that is after the last news; if so it becomes the last. */
    boolean advanceTo(SubscriptionStep step) {
        if (lastNews == null) {
            lastNews = new LastAppliedStep();
        }
        return lastNews.advanceTo(step);
    }
}

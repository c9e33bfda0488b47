package com.resellerplans.storefront.domain;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.EventEnvelope;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.events.StorefrontPurged;
import com.resellerplans.events.StorefrontSuspended;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.SubscriptionCancelled;
import com.resellerplans.events.SubscriptionEvent;
import com.resellerplans.events.SubscriptionUpgraded;
import com.resellerplans.outbox.Outbox;
import com.resellerplans.storefront.alias.domain.Alias;
import com.resellerplans.storefront.alias.domain.AliasHolds;
import com.resellerplans.storefront.setup.domain.DistributorSetup;
import com.resellerplans.storefront.setup.domain.StorefrontSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Follows the reseller's subscription: activates, re-plans and suspends its storefront. Events arrive at least
 * once, so each step first checks the storefront's state and does nothing when it is already there; and they may
 * arrive late (reordered), so an event not after the last one applied for the reseller changes nothing at all.
 */
@ApplicationScoped
public class StorefrontLifecycle {
    private static final Logger LOG = Logger.getLogger(StorefrontLifecycle.class);

    private final Storefronts storefronts;
    private final SubscriptionProgressRecords progress;
    private final AliasHolds holds;
    private final DistributorSetup setup;
    private final Outbox outbox;
    private final Clock clock;

    StorefrontLifecycle(
            Storefronts storefronts,
            SubscriptionProgressRecords progress,
            AliasHolds holds,
            DistributorSetup setup,
            Outbox outbox,
            Clock clock) {
        this.storefronts = storefronts;
        this.progress = progress;
        this.holds = holds;
        this.setup = setup;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Opens the reseller's storefront under the subscription's alias. A suspended storefront under the same
     * alias comes back with its data; one under another alias is purged at once.
     */
    @Transactional
    public void activate(EventEnvelope envelope, SubscriptionActivated activated) {
        if (isLate(envelope, activated)) {
            return;
        }
        String distributorId = activated.reseller().distributorId();
        String resellerId = activated.reseller().id();
        Alias alias = Alias.parse(activated.storefrontAlias());
        Instant now = clock.instant();
        Optional<Storefront> live = storefronts.lockedLiveOf(distributorId, resellerId);
        live.filter(storefront -> !storefront.isAt(alias)).ifPresent(old -> purge(old, now));
        Optional<Storefront> same = live.filter(storefront -> storefront.isAt(alias));
        boolean reactivated = same.map(Storefront::isSuspended).orElse(false);
        Storefront storefront;
        if (same.isPresent()) {
            storefront = same.get();
            if (!storefront.activateFor(activated.subscriptionId(), activated.plan(), now)) {
                return;
            }
        } else {
            storefront = Storefront.open(
                    distributorId, resellerId, activated.subscriptionId(), alias.value(), activated.plan(), now);
            storefronts.persist(storefront);
        }
        holds.bind(distributorId, alias, resellerId, activated.orderId());
        storefronts.flush();
        outbox.publish(
                Contracts.STOREFRONT_ACTIVATED,
                resellerId,
                new StorefrontActivated(
                        storefront.id().toString(),
                        storefront.version(),
                        activated.reseller(),
                        activated.subscriptionId(),
                        alias.value(),
                        setup.current(distributorId).urlOf(alias.value()),
                        storefront.plan(),
                        reactivated,
                        now));
    }

    /** The subscription moved to a higher plan: the storefront follows; nobody needs a new event for it. */
    @Transactional
    public void upgrade(EventEnvelope envelope, SubscriptionUpgraded upgraded) {
        if (isLate(envelope, upgraded)) {
            return;
        }
        Optional<Storefront> live = storefronts.lockedLiveOf(
                upgraded.reseller().distributorId(), upgraded.reseller().id());
        if (live.isEmpty()) {
            LOG.warnf(
                    "Upgrade %s: reseller %s has no storefront to upgrade",
                    envelope.id(), upgraded.reseller().id());
            return;
        }
        live.get().changePlan(upgraded.toPlan());
    }

    /** The subscription is cancelled: sign-in stops and the storefront and alias are kept for the retention. */
    @Transactional
    public void suspend(EventEnvelope envelope, SubscriptionCancelled cancelled) {
        if (isLate(envelope, cancelled)) {
            return;
        }
        String distributorId = cancelled.reseller().distributorId();
        String resellerId = cancelled.reseller().id();
        Instant now = clock.instant();
        StorefrontSetup current = setup.current(distributorId);
        Instant until = now.plus(Duration.ofDays(current.retentionDays()));
        Optional<Storefront> suspended = storefronts
                .lockedLiveOf(distributorId, resellerId)
                .filter(storefront -> storefront.suspendFor(cancelled.subscriptionId(), now, until));
        if (suspended.isEmpty()) {
            return;
        }
        Storefront storefront = suspended.get();
        holds.retain(distributorId, storefront.alias(), resellerId, until);
        storefronts.flush();
        outbox.publish(
                Contracts.STOREFRONT_SUSPENDED,
                resellerId,
                new StorefrontSuspended(
                        storefront.id().toString(),
                        storefront.version(),
                        resellerId,
                        distributorId,
                        storefront.subscriptionId(),
                        storefront.alias(),
                        current.urlOf(storefront.alias()),
                        until,
                        now));
    }

    /**
     * Whether a later event of the reseller's subscriptions was applied already. A late activation opens nothing
     * (its subscription has moved on or ended), a late upgrade re-plans nothing, a late cancellation suspends nothing
     * (the reseller's storefront serves a later subscription).
     */
    private boolean isLate(EventEnvelope envelope, SubscriptionEvent event) {
        ResellerSnapshot reseller = event.reseller();
        if (progress.advance(reseller.distributorId(), reseller.id(), event.step())) {
            return false;
        }
        LOG.infof(
                "%s %s of subscription %s is late: a later event of reseller %s was applied; ignored",
                envelope.type(), envelope.id(), event.subscriptionId(), reseller.id());
        return true;
    }

    /** The storefront's data is deleted and its alias is free for anyone; announced to the other services. */
    void purge(Storefront storefront, Instant now) {
        storefront.purge();
        holds.forget(storefront.distributorId(), storefront.alias(), storefront.resellerId());
        // the live-storefront indexes must see the purge before the new storefront is inserted
        storefronts.flush();
        outbox.publish(
                Contracts.STOREFRONT_PURGED,
                storefront.resellerId(),
                new StorefrontPurged(
                        storefront.id().toString(),
                        storefront.version(),
                        storefront.resellerId(),
                        storefront.distributorId(),
                        storefront.alias(),
                        now));
    }
}

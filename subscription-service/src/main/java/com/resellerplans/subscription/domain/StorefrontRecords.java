package com.resellerplans.subscription.domain;

import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.events.StorefrontPurged;
import com.resellerplans.events.StorefrontSuspended;
import com.resellerplans.subscription.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps each subscription's storefront URL and status as storefront-alias-service reports them; a late storefront
 * event (not after the last applied of its storefront) changes nothing.
 */
@ApplicationScoped
public class StorefrontRecords {
    private static final Logger LOG = Logger.getLogger(StorefrontRecords.class);

    private final Subscriptions subscriptions;

    StorefrontRecords(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Transactional
    public void activated(StorefrontActivated storefront) {
        find(storefront.reseller().distributorId(), storefront.subscriptionId())
                .ifPresent(subscription -> subscription.storefrontActivated(
                        storefront.storefrontId(),
                        storefront.storefrontVersion(),
                        storefront.alias(),
                        storefront.url()));
    }

    @Transactional
    public void suspended(StorefrontSuspended storefront) {
        find(storefront.distributorId(), storefront.subscriptionId())
                .ifPresent(subscription -> subscription.storefrontSuspended(
                        storefront.storefrontId(), storefront.storefrontVersion(), storefront.url()));
    }

    /** The purge names the reseller and alias only: every subscription of that reseller with it is affected. */
    @Transactional
    public void purged(StorefrontPurged storefront) {
        UUID resellerId = Ids.parse(storefront.resellerId()).orElse(new UUID(0, 0));
        subscriptions
                .list(
                        "distributorId = ?1 and reseller.id = ?2 and storefrontAlias = ?3",
                        storefront.distributorId(),
                        resellerId,
                        storefront.alias())
                .forEach(subscription ->
                        subscription.storefrontPurged(storefront.storefrontId(), storefront.storefrontVersion()));
    }

    private Optional<Subscription> find(String distributorId, String subscriptionId) {
        Optional<Subscription> subscription = subscriptions.visibleTo(Viewer.operator(distributorId), subscriptionId);
        if (subscription.isEmpty()) {
            LOG.warnf("Storefront event for unknown subscription %s of %s ignored", subscriptionId, distributorId);
        }
        return subscription;
    }
}

package com.resellerplans.storefront.domain;

import com.resellerplans.events.SubscriptionStep;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** How far each reseller's storefront has followed its subscriptions. */
@ApplicationScoped
public class SubscriptionProgressRecords
        implements PanacheRepositoryBase<SubscriptionProgress, SubscriptionProgress.Key> {
    /**
     * Whether the event at {@code step} is to be applied, recording it as the last if so. The reseller's row is
     * locked until the transaction ends; two consumers meeting a new reseller at once collide on its key, and the
     * one that loses is retried by the inbox.
     */
    boolean advance(String distributorId, String resellerId, SubscriptionStep step) {
        SubscriptionProgress progress = findByIdOptional(
                        new SubscriptionProgress.Key(distributorId, resellerId), LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(() -> {
                    SubscriptionProgress created = new SubscriptionProgress(distributorId, resellerId);
                    persist(created);
                    return created;
                });
        return progress.advanceTo(step);
    }
}

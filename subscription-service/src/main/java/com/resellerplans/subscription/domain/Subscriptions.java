package com.resellerplans.subscription.domain;

import com.resellerplans.subscription.common.Ids;
import com.resellerplans.subscription.reseller.domain.Reseller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The subscriptions of every distributor, with their history. */
@ApplicationScoped
public class Subscriptions implements PanacheRepositoryBase<Subscription, UUID> {
    /** The subscription if the viewer may see it: its distributor's, and for a reseller its own. */
    public Optional<Subscription> visibleTo(Viewer viewer, String id) {
        return Ids.parse(id)
                .flatMap(uuid -> find("id = ?1 and distributorId = ?2", uuid, viewer.distributorId())
                        .<Subscription>firstResultOptional())
                .filter(subscription -> viewer.resellerId()
                        .map(subscription.reseller().id()::equals)
                        .orElse(true));
    }

    /** The reseller's subscription that is not cancelled, if any (there is at most one). */
    public Optional<Subscription> liveOf(Reseller reseller) {
        return find("reseller = ?1 and status <> ?2", reseller, SubscriptionStatus.CANCELLED)
                .firstResultOptional();
    }

    /** Whether a change of the distributor's subscriptions applied this order. */
    boolean recordsOrder(String distributorId, String orderId) {
        return getEntityManager()
                        .createQuery(
                                "select count(*) from SubscriptionHistory"
                                        + " where distributorId = ?1 and orderId = ?2",
                                Long.class)
                        .setParameter(1, distributorId)
                        .setParameter(2, orderId)
                        .getSingleResult()
                > 0;
    }
}

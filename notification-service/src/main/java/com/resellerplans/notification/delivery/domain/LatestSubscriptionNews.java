package com.resellerplans.notification.delivery.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Each reseller's last subscription event that was news. */
@ApplicationScoped
public class LatestSubscriptionNews implements PanacheRepositoryBase<SubscriptionNews, ResellerStorefront.Key> {
    /** The reseller's news, created the first time; the caller takes the reseller's turn first. */
    SubscriptionNews of(String distributorId, String resellerId) {
        return findByIdOptional(new ResellerStorefront.Key(distributorId, resellerId))
                .orElseGet(() -> {
                    SubscriptionNews created = new SubscriptionNews(distributorId, resellerId);
                    persist(created);
                    return created;
                });
    }
}

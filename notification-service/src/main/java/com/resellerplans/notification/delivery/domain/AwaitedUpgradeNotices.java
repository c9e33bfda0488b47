package com.resellerplans.notification.delivery.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The upgrade emails waiting for their storefront's activation. */
@ApplicationScoped
public class AwaitedUpgradeNotices implements PanacheRepositoryBase<AwaitedUpgradeNotice, String> {
    /** The notices waiting for this reseller's storefront at this alias, oldest first. */
    List<AwaitedUpgradeNotice> waitingFor(String distributorId, String resellerId, String alias) {
        return list(
                "distributorId = ?1 and resellerId = ?2 and alias = ?3 order by createdAt",
                distributorId,
                resellerId,
                alias);
    }
}

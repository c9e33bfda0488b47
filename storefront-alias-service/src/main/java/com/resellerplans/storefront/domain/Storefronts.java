package com.resellerplans.storefront.domain;

import com.resellerplans.domain.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The storefronts of every distributor; "live" means not purged. */
@ApplicationScoped
public class Storefronts implements PanacheRepositoryBase<Storefront, UUID> {
    private static final String LIVE = "status <> com.resellerplans.storefront.domain.StorefrontStatus.PURGED";

    public Optional<Storefront> lockedLiveOf(String distributorId, String resellerId) {
        return find("distributorId = ?1 and resellerId = ?2 and " + LIVE, distributorId, resellerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<Storefront> liveOf(String distributorId, String resellerId) {
        return find("distributorId = ?1 and resellerId = ?2 and " + LIVE, distributorId, resellerId)
                .firstResultOptional();
    }

    public Optional<Storefront> liveAt(String distributorId, String alias) {
        return find("distributorId = ?1 and alias = ?2 and " + LIVE, distributorId, alias)
                .firstResultOptional();
    }

    /** One page in (created_at, id) order, one row more than asked to tell whether another page follows. */
    List<Storefront> pageAfter(String distributorId, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("distributorId", distributorId);
        String where = page.restrict("distributorId = :distributorId", parameters);
        return find(where + PageRequest.OLDEST_FIRST, parameters)
                .range(0, page.limit())
                .list();
    }
}

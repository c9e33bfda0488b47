package com.resellerplans.storefront.domain;

import com.resellerplans.domain.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The storefronts of every distributor; "live" means not purged. */
@ApplicationScoped
public class Storefronts implements PanacheRepositoryBase<Storefront, UUID> {
    private static final String LIVE =
            "status <> com.resellerplans.storefront.domain.StorefrontStatus.PURGED";

    public Optional<Storefront> lockedLiveOf(String distributorId, String resellerId) {
        return find("distributorId = ?1 and resellerId = ?2 and " + LIVE, distributorId, resellerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Storefront> liveOf(String distributorId, String resellerId) {
        return find("distributorId = ?1 and resellerId = ?2 and " + LIVE, distributorId, resellerId)
                .firstResultOptional();
    }

    public Optional<Storefront> liveAt(String distributorId, String alias) {
        return find("distributorId = ?1 and alias = ?2 and " + LIVE, distributorId, alias).firstResultOptional();
    }

    /** Suspended storefronts whose retention ended; rows another purger holds are skipped, not waited for. */
    List<Storefront> lockedDueForPurge(Instant at, int limit) {
        return find("status = ?1 and retainedUntil <= ?2", Sort.by("retainedUntil"), StorefrontStatus.SUSPENDED, at)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(Page.ofSize(limit)).list();
    }

    /** One page in (created_at, id) order, one row more than asked to tell whether another page follows. */
    List<Storefront> pageAfter(String distributorId, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("distributorId", distributorId);
        String where = page.restrict("distributorId = :distributorId", parameters);
        return find(where + PageRequest.OLDEST_FIRST, parameters).range(0, page.limit()).list();
    }
}

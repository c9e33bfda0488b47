package com.resellerplans.order.basket.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The items of resellers' baskets, always read for one distributor and reseller. */
@ApplicationScoped
public class BasketItems implements PanacheRepositoryBase<BasketItem, UUID> {

    public List<BasketItem> of(String distributorId, String resellerId) {
        return list("distributorId = ?1 and resellerId = ?2", Sort.by("addedAt").and("id"), distributorId, resellerId);
    }

    Optional<BasketItem> find(String distributorId, String resellerId, UUID itemId) {
        return find("id = ?1 and distributorId = ?2 and resellerId = ?3", itemId, distributorId, resellerId)
                .firstResultOptional();
    }

    public long clear(String distributorId, String resellerId) {
        return delete("distributorId = ?1 and resellerId = ?2", distributorId, resellerId);
    }
}

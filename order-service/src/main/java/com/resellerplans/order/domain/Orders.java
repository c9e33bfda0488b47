package com.resellerplans.order.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores orders; every read is scoped to one distributor (and, for reseller callers, one reseller). */
@ApplicationScoped
public class Orders implements PanacheRepositoryBase<Order, UUID> {

    public Optional<Order> find(String distributorId, UUID orderId) {
        return find("id = ?1 and distributorId = ?2", orderId, distributorId).firstResultOptional();
    }

    /** Newest first, keyset-paged on (createdAt, id). */
    public Page<Order> page(String distributorId, OrderFilter filter, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("distributorId", distributorId);
        String where = "distributorId = :distributorId";
        if (filter.resellerId() != null) {
            where += " and resellerId = :resellerId";
            parameters.put("resellerId", filter.resellerId());
        }
        if (filter.status() != null) {
            where += " and status = :status";
            parameters.put("status", filter.status());
        }
        where = request.restrictNewestFirst(where, parameters);
        return request.page(
                find(where + PageRequest.NEWEST_FIRST, parameters)
                        .range(0, request.limit())
                        .list(),
                Order::createdAt,
                Order::id);
    }
}

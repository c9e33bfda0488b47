package com.resellerplans.order.order.domain;

import com.resellerplans.order.common.domain.Cursor;
import com.resellerplans.order.common.domain.Page;
import com.resellerplans.order.common.domain.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
        StringBuilder query = new StringBuilder("distributorId = :distributorId");
        Parameters parameters = Parameters.with("distributorId", distributorId);
        if (filter.resellerId() != null) {
            query.append(" and resellerId = :resellerId");
            parameters.and("resellerId", filter.resellerId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (request.after() != null) {
            query.append(" and (createdAt < :createdAt or (createdAt = :createdAt and id < :id))");
            parameters.and("createdAt", request.after().createdAt()).and("id", request.after().id());
        }
        List<Order> found = find(query.toString(), Sort.descending("createdAt", "id"), parameters)
                .page(0, request.limit() + 1)
                .list();
        if (found.size() <= request.limit()) {
            return new Page<>(found, null);
        }
        List<Order> items = found.subList(0, request.limit());
        Order last = items.get(items.size() - 1);
        return new Page<>(List.copyOf(items), new Cursor(last.createdAt(), last.id()).encode());
    }
}

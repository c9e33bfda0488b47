package com.resellerplans.order.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reads orders as the caller may see them: an operator its distributor's, a reseller only its own. */
@ApplicationScoped
public class OrderQueries {
    private final Orders orders;

    OrderQueries(Orders orders) {
        this.orders = orders;
    }

    @Transactional
    public Page<Order> list(Requester requester, OrderFilter filter, PageRequest request) {
        OrderFilter visible =
                requester.isOperator() ? filter : new OrderFilter(requester.requireResellerId(), filter.status());
        return orders.page(requester.distributorId(), visible, request);
    }

    @Transactional
    public Order one(Requester requester, UUID orderId) {
        return orders.find(requester.distributorId(), orderId)
                .filter(order -> requester.isOperator() || order.resellerId().equals(requester.requireResellerId()))
                .orElseThrow(() -> new OrderNotFoundException("order " + orderId));
    }

    /** Any order of the distributor, for a service of the suite acting for that distributor. */
    @Transactional
    public Order ofDistributor(String distributorId, UUID orderId) {
        return orders.find(distributorId, orderId).orElseThrow(() -> new OrderNotFoundException("order " + orderId));
    }
}

package com.resellerplans.order.domain;

import com.resellerplans.http.Caller;
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
    public Page<Order> list(Caller caller, OrderFilter filter, PageRequest request) {
        OrderFilter visible = caller.isOperator()
                ? filter
                : new OrderFilter(caller.requireResellerId(), filter.status());
        return orders.page(caller.distributorId(), visible, request);
    }

    @Transactional
    public Order one(Caller caller, UUID orderId) {
        return orders.find(caller.distributorId(), orderId)
                .filter(order -> caller.isOperator() || order.resellerId().equals(caller.requireResellerId()))
                .orElseThrow(() -> new OrderNotFoundException("order " + orderId));
    }

    /** Any order of the distributor, for a service of the suite acting for that distributor. */
    @Transactional
    public Order ofDistributor(String distributorId, UUID orderId) {
        return orders.find(distributorId, orderId)
                .orElseThrow(() -> new OrderNotFoundException("order " + orderId));
    }
}

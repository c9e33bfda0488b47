package com.resellerplans.subscription.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.events.Plan;
import com.resellerplans.subscription.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds subscriptions as a viewer may see them. */
@ApplicationScoped
public class SubscriptionQueries {
    private final Subscriptions subscriptions;

    SubscriptionQueries(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** The viewer's subscriptions, optionally of one status, plan and (for operators) reseller. */
    public Page<Subscription> list(
            Viewer viewer, SubscriptionStatus status, Plan plan, String resellerId, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("distributorId", viewer.distributorId());
        String where = "distributorId = :distributorId";
        if (viewer.resellerId().isPresent()) {
            where += " and reseller.id = :ownReseller";
            parameters.put("ownReseller", viewer.resellerId().get());
        }
        if (resellerId != null) {
            where += " and reseller.id = :resellerId";
            // a malformed reseller id names no reseller: an empty list, like an unknown one
            parameters.put("resellerId", Ids.parse(resellerId).orElse(new UUID(0, 0)));
        }
        if (status != null) {
            where += " and status = :status";
            parameters.put("status", status);
        }
        if (plan != null) {
            where += " and plan = :plan";
            parameters.put("plan", plan);
        }
        where = page.restrict(where, parameters);
        List<Subscription> rows = subscriptions
                .find(where + PageRequest.OLDEST_FIRST, parameters)
                .range(0, page.limit())
                .list();
        return page.page(rows, Subscription::createdAt, Subscription::id);
    }

    public Subscription get(Viewer viewer, String id) {
        return subscriptions.visibleTo(viewer, id).orElseThrow(() -> new SubscriptionNotFoundException(id));
    }
}

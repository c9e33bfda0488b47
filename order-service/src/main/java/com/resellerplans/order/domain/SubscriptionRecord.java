package com.resellerplans.order.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.resellerplans.events.Plan;

/** A subscription as subscription-service answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionRecord(String id, String distributorId, String resellerId, Plan plan, String status) {

    /** An ACTIVE subscription on the FREE plan: the only kind an upgrade may name. */
    public boolean isActiveFree() {
        return "ACTIVE".equals(status) && plan == Plan.FREE;
    }
}

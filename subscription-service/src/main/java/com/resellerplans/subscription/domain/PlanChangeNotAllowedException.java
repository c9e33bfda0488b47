package com.resellerplans.subscription.domain;

import com.resellerplans.events.Plan;

/** The subscription is already on the plan asked for, or on a higher one. */
public class PlanChangeNotAllowedException extends SubscriptionStateException {
    public PlanChangeNotAllowedException(Object id, Plan from, Plan to) {
        super("PLAN_CHANGE_NOT_ALLOWED", "Subscription " + id + " is on " + from + " and cannot move to " + to + ".");
    }
}

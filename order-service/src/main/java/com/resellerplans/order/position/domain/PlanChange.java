package com.resellerplans.order.position.domain;

import com.resellerplans.events.OrderKind;

/** The verdict of the plan rules on one wanted plan: the kind of order it takes, or why it is refused. */
public record PlanChange(OrderKind kind, PlanChangeRefusal refusal) {

    static PlanChange allowed(OrderKind kind) {
        return new PlanChange(kind, null);
    }

    static PlanChange refused(PlanChangeRefusal refusal) {
        return new PlanChange(null, refusal);
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /** The kind of the order, or the refusal thrown. */
    public OrderKind kindOrThrow() {
        if (refusal != null) {
            throw refusal.exception();
        }
        return kind;
    }
}

package com.resellerplans.order.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The order's status does not allow what was asked. */
public class OrderRefusedException extends DomainException {

    /** Each reason is its own stable code. */
    public enum Reason {
        ORDER_ALREADY_EXECUTED("The order has already been executed."),
        ORDER_NOT_DRAFT("Only a draft order can be changed, executed or deleted."),
        ORDER_EXPIRED("The draft is older than drafts may live and has expired; create a new one."),
        ORDER_OUTDATED("The reseller's plan changed since this draft was made; delete it and create a new one.");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }
    }

    OrderRefusedException(Reason reason) {
        super(Refusal.CONFLICT, reason.name(), reason.detail);
    }
}

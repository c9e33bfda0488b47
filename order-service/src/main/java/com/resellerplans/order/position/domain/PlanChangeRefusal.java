package com.resellerplans.order.position.domain;

import com.resellerplans.domain.Refusal;

/** Why a plan change is refused; each has its own stable code (the constant's name). */
public enum PlanChangeRefusal {
    PLAN_ALREADY_ACTIVE(Refusal.CONFLICT, "The reseller is already on this plan."),
    PLAN_DOWNGRADE_NOT_ALLOWED(Refusal.CONFLICT, "A Standard reseller cannot move down to the Free plan."),
    CANCELLATION_PENDING(
            Refusal.CONFLICT,
            "The reseller's subscription is pending cancellation; no plan can be ordered until it ends."),
    ALIAS_NOT_ALLOWED_ON_UPGRADE(
            Refusal.INVALID, "An upgrade from Free to Standard keeps the storefront and its alias; give no alias."),
    ALIAS_REQUIRED(Refusal.INVALID, "Moving a Basic reseller onto a plan needs a storefront alias.");

    private final Refusal refusal;
    private final String detail;

    PlanChangeRefusal(Refusal refusal, String detail) {
        this.refusal = refusal;
        this.detail = detail;
    }

    public String code() {
        return name();
    }

    public String detail() {
        return detail;
    }

    public PlanChangeRefusedException exception() {
        return new PlanChangeRefusedException(refusal, code(), detail);
    }
}

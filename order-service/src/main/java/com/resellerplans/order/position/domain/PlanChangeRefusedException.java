package com.resellerplans.order.position.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The reseller's plan position does not allow the change asked for. */
public class PlanChangeRefusedException extends DomainException {
    PlanChangeRefusedException(Refusal refusal, String code, String detail) {
        super(refusal, code, detail);
    }
}

package com.resellerplans.notification.delivery.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** A deliveries query names a filter value or cursor that cannot mean anything. */
public class InvalidDeliveryQueryException extends DomainException {
    public InvalidDeliveryQueryException(String code, String detail) {
        super(Refusal.INVALID, code, detail);
    }
}

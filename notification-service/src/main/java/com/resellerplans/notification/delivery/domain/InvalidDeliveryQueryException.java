package com.resellerplans.notification.delivery.domain;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;

/** A deliveries query names a filter value or cursor that cannot mean anything. */
public class InvalidDeliveryQueryException extends DomainException {
    public InvalidDeliveryQueryException(String code, String detail) {
        super(Refusal.INVALID, code, detail);
    }
}

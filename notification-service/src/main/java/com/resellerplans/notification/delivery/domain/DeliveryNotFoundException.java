package com.resellerplans.notification.delivery.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** No such delivery for this distributor (also one of another distributor). */
public class DeliveryNotFoundException extends DomainException {
    public DeliveryNotFoundException(String id) {
        super(Refusal.NOT_FOUND, "DELIVERY_NOT_FOUND", "No delivery " + id + ".");
    }
}

package com.resellerplans.notification.delivery.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.util.UUID;

/** The SMTP server already accepted this delivery; resending it would be a second email. */
public class DeliveryAlreadySentException extends DomainException {
    public DeliveryAlreadySentException(UUID id) {
        super(Refusal.CONFLICT, "DELIVERY_ALREADY_SENT", "Delivery " + id + " was already sent.");
    }
}

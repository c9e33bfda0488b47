package com.resellerplans.order.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.resellerplans.events.Contact;
import com.resellerplans.events.ResellerSnapshot;

/** A reseller as subscription-service's directory answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResellerRecord(String id, String distributorId, String name, Contact primaryContact, String tier) {

    ResellerSnapshot snapshot() {
        return new ResellerSnapshot(id, distributorId, name, primaryContact);
    }
}

package com.resellerplans.subscription.reseller.api;

import com.resellerplans.events.Tier;
import com.resellerplans.subscription.reseller.domain.Reseller;
import java.util.UUID;

/** A reseller as the other services of the suite read it ({@code GET /internal/v1/resellers/{id}}). */
public record InternalResellerView(UUID id, String distributorId, String name, ContactBody primaryContact, Tier tier) {

    static InternalResellerView of(Reseller reseller) {
        return new InternalResellerView(
                reseller.id(),
                reseller.distributorId(),
                reseller.name(),
                ContactBody.of(reseller.primaryContact()),
                reseller.tier());
    }
}

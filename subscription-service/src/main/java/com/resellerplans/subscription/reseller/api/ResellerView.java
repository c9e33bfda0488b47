package com.resellerplans.subscription.reseller.api;

import com.resellerplans.events.Tier;
import com.resellerplans.subscription.reseller.domain.Reseller;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reseller as the BSS directory shows it. */
public record ResellerView(
        UUID id,
        String name,
        ContactBody primaryContact,
        Tier tier,
        @Schema(nullable = true) UUID currentSubscriptionId,
        Instant createdAt) {

    static ResellerView of(Reseller reseller) {
        return new ResellerView(
                reseller.id(),
                reseller.name(),
                ContactBody.of(reseller.primaryContact()),
                reseller.tier(),
                reseller.currentSubscriptionId(),
                reseller.createdAt());
    }
}

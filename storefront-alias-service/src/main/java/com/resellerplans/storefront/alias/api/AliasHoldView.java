package com.resellerplans.storefront.alias.api;

import com.resellerplans.storefront.alias.domain.AliasClaim;
import java.time.Instant;
import java.util.UUID;

/** An order's hold on an alias as the order service sees it. */
public record AliasHoldView(
        UUID id, String orderId, String resellerId, String alias, String status, Instant expiresAt) {
    static AliasHoldView of(AliasClaim claim) {
        return new AliasHoldView(
                claim.id(),
                claim.orderId(),
                claim.resellerId(),
                claim.alias(),
                claim.status().name(),
                claim.expiresAt());
    }
}

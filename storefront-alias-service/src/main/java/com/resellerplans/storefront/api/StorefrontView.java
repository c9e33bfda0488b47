package com.resellerplans.storefront.api;

import com.resellerplans.storefront.domain.LocatedStorefront;
import com.resellerplans.storefront.domain.Storefront;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A storefront in the BSS list. */
public record StorefrontView(
        UUID id,
        String resellerId,
        String subscriptionId,
        String alias,
        String url,
        String plan,
        String status,
        boolean signInAllowed,
        @Schema(nullable = true) Instant activatedAt,
        @Schema(nullable = true) Instant suspendedAt,
        @Schema(nullable = true) Instant retainedUntil) {
    static StorefrontView of(LocatedStorefront located) {
        Storefront storefront = located.storefront();
        return new StorefrontView(
                storefront.id(),
                storefront.resellerId(),
                storefront.subscriptionId(),
                storefront.alias(),
                located.url(),
                storefront.plan().name(),
                storefront.status().name(),
                storefront.signInAllowed(),
                storefront.activatedAt(),
                storefront.suspendedAt(),
                storefront.retainedUntil());
    }
}

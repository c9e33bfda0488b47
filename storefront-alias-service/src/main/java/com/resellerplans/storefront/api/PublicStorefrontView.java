package com.resellerplans.storefront.api;

import com.resellerplans.storefront.domain.LocatedStorefront;
import java.util.UUID;

/** What a storefront URL shows to anyone: where it is, whether it is active, whether sign-in is open. */
public record PublicStorefrontView(UUID id, String url, String status, boolean signInAllowed) {
    static PublicStorefrontView of(LocatedStorefront located) {
        return new PublicStorefrontView(
                located.storefront().id(),
                located.url(),
                located.storefront().status().name(),
                located.storefront().signInAllowed());
    }
}

package com.resellerplans.storefront.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** A reseller's own storefront settings document: markups, special prices, settings, notification settings. */
@ApplicationScoped
public class StorefrontSettings {
    private final Storefronts storefronts;

    StorefrontSettings(Storefronts storefronts) {
        this.storefronts = storefronts;
    }

    /** The reseller's live storefront (active or suspended) with its document. */
    public Storefront of(String distributorId, String resellerId) {
        return storefronts.liveOf(distributorId, resellerId).orElseThrow(StorefrontNotFoundException::new);
    }

    @Transactional
    public Storefront replace(String distributorId, String resellerId, Map<String, Object> document) {
        Storefront storefront =
                storefronts.lockedLiveOf(distributorId, resellerId).orElseThrow(StorefrontNotFoundException::new);
        storefront.replaceSettings(document);
        return storefront;
    }
}

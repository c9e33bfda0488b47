package com.resellerplans.storefront.setup.api;

import com.resellerplans.storefront.setup.domain.StorefrontSetup;

/** The distributor's storefront setup; {@code id} is the distributor it belongs to. */
public record StorefrontSetupView(String id, String baseUrl, int retentionDays) {
    static StorefrontSetupView of(String distributorId, StorefrontSetup setup) {
        return new StorefrontSetupView(distributorId, setup.baseUrl(), setup.retentionDays());
    }
}

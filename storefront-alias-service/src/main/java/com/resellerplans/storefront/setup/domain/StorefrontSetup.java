package com.resellerplans.storefront.setup.domain;

/** The storefront settings in force for one distributor: its own, or the defaults. */
public record StorefrontSetup(String baseUrl, int retentionDays) {
    /** The URL a storefront with this alias answers at, always from the current base URL. */
    public String urlOf(String alias) {
        return baseUrl + "/" + alias;
    }
}

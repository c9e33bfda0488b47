package com.resellerplans.storefront.domain;

/** A storefront with the URL it answers at now (from its distributor's current base URL). */
public record LocatedStorefront(Storefront storefront, String url) {}

package com.resellerplans.storefront.alias.domain;

import java.util.Set;

/**
 * The one documented list of aliases nobody may take: words of the platform's own routes and pages, and names
 * people could mistake for the distributor's staff or systems. Matched against the whole normalised alias,
 * so {@code techsolutions-store} is fine while {@code store} is not.
 */
public final class ReservedAliases {
    public static final Set<String> ALL = Set.of(
            "admin",
            "api",
            "www",
            "login",
            "logout",
            "signin",
            "signup",
            "bss",
            "storefront",
            "store",
            "shop",
            "static",
            "assets",
            "public",
            "support",
            "help",
            "mail",
            "root",
            "system",
            "administrator",
            "billing",
            "status",
            "security",
            "account",
            "accounts",
            "dashboard",
            "docs");

    private ReservedAliases() {}

    public static boolean contains(String normalisedAlias) {
        return ALL.contains(normalisedAlias);
    }
}

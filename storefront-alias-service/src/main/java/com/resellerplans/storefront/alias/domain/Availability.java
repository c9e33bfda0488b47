package com.resellerplans.storefront.alias.domain;

import java.util.List;

/**
 * Whether a caller could hold an alias now.
 *
 * @param alias  the normalised input
 * @param reason null when available, else ALIAS_INVALID, ALIAS_RESERVED, ALIAS_TAKEN or ALIAS_HELD
 */
public record Availability(String alias, boolean available, String reason, List<String> suggestions) {
    static Availability free(String alias) {
        return new Availability(alias, true, null, List.of());
    }

    static Availability refused(String alias, String reason, List<String> suggestions) {
        return new Availability(alias, false, reason, suggestions);
    }
}

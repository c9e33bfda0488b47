package com.resellerplans.subscription.common;

import java.util.Optional;
import java.util.UUID;

/** Reads ids from paths and events: a malformed id names nothing, so it is looked up as absent. */
public final class Ids {
    private Ids() {}

    public static Optional<UUID> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package com.resellerplans.http.idempotency;

import java.util.Objects;

/**
 * Whose key it is and for what: a key belongs to one caller (distributor and token subject) on one concrete
 * route, so the same key sent by someone else, or to another order's execution, is another key.
 */
public record IdempotencyScope(String distributorId, String subject, String route, String key) {
    static final int MAX_KEY_LENGTH = 255;

    public IdempotencyScope {
        Objects.requireNonNull(distributorId, "distributorId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(route, "route");
        if (!isWellFormedKey(key)) {
            throw new IllegalArgumentException("Not a well-formed Idempotency-Key");
        }
    }

    /**
     * The route a key is scoped to: the method and the concrete path (ids included), never the template,
     * because the same key and the same empty body on two orders' execution are two different requests.
     */
    public static String route(String method, String path) {
        return method + " " + (path.startsWith("/") ? path : "/" + path);
    }

    /** A key is 1 to 255 printable ASCII characters (space to tilde) and not only spaces. */
    public static boolean isWellFormedKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(character -> character >= 0x20 && character <= 0x7E);
    }
}

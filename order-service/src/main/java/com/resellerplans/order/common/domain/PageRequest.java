package com.resellerplans.order.common.domain;

/** Which page a caller asked for: a limit clamped to 1..100 (20 by default) and an optional cursor. */
public record PageRequest(int limit, Cursor after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(Integer limit, String cursor) {
        int clamped = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        return new PageRequest(clamped, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }
}

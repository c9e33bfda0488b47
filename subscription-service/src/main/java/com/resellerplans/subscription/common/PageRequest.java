package com.resellerplans.subscription.common;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a list ordered by (createdAt, id): how many rows, and the opaque cursor of the last row the
 * previous page showed. Keyset paging, so a page stays correct while rows are added.
 */
public record PageRequest(Instant afterCreatedAt, UUID afterId, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String SEPARATOR = "|";

    /** Parses {@code ?cursor=} and {@code ?limit=}; a missing limit is 20, larger ones clamp to 100. */
    public static PageRequest of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        if (cursor == null || cursor.isBlank()) {
            return new PageRequest(null, null, size);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = decoded.indexOf(SEPARATOR);
            return new PageRequest(Instant.parse(decoded.substring(0, split)),
                    UUID.fromString(decoded.substring(split + 1)), size);
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw new DomainException(Refusal.INVALID, "INVALID_CURSOR", "The cursor is not one this list gave out.");
        }
    }

    /** Adds the keyset condition to an HQL where clause over {@code createdAt} and {@code id}. */
    public String restrict(String where, Map<String, Object> parameters) {
        if (afterId == null) {
            return where;
        }
        parameters.put("afterCreatedAt", afterCreatedAt);
        parameters.put("afterId", afterId);
        return where + " and (createdAt > :afterCreatedAt or (createdAt = :afterCreatedAt and id > :afterId))";
    }

    /**
     * Cuts the fetched rows to the page and names the cursor of the next one, if any. Fetch {@code limit + 1}
     * rows (Panache's {@code range(0, limit)}) to learn whether another page follows.
     */
    public <T> Page<T> page(List<T> fetched, Function<T, Instant> createdAt, Function<T, UUID> id) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        T last = items.get(limit - 1);
        String position = createdAt.apply(last) + SEPARATOR + id.apply(last);
        return new Page<>(List.copyOf(items),
                Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8)));
    }
}

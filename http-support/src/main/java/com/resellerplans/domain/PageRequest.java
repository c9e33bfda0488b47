package com.resellerplans.domain;

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
 * <p>
 * A query restricts its HQL with {@link #restrict} (ordered {@link #OLDEST_FIRST}) or {@link #restrictNewestFirst}
 * (ordered {@link #NEWEST_FIRST}), fetches {@code limit + 1} rows (Panache's {@code range(0, limit)}) and hands
 * them to {@link #page}, which cuts the page and names the next cursor.
 */
public record PageRequest(Instant afterCreatedAt, UUID afterId, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final String OLDEST_FIRST = " order by createdAt, id";
    public static final String NEWEST_FIRST = " order by createdAt desc, id desc";
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
            return new PageRequest(
                    Instant.parse(decoded.substring(0, split)), UUID.fromString(decoded.substring(split + 1)), size);
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw new DomainException(Refusal.INVALID, "INVALID_CURSOR", "The cursor is not one this list gave out.");
        }
    }

    /** Adds the keyset condition for a list ordered {@link #OLDEST_FIRST} to an HQL where clause. */
    public String restrict(String where, Map<String, Object> parameters) {
        return keyset(where, parameters, ">");
    }

    /** Adds the keyset condition for a list ordered {@link #NEWEST_FIRST} to an HQL where clause. */
    public String restrictNewestFirst(String where, Map<String, Object> parameters) {
        return keyset(where, parameters, "<");
    }

    /**
     * Cuts the fetched rows ({@code limit + 1} of them at most) to the page and names the cursor of the next
     * one, if any.
     */
    public <T> Page<T> page(List<T> fetched, Function<T, Instant> createdAt, Function<T, UUID> id) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        T last = items.get(limit - 1);
        String position = createdAt.apply(last) + SEPARATOR + id.apply(last);
        return new Page<>(
                List.copyOf(items),
                Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8)));
    }

    private String keyset(String where, Map<String, Object> parameters, String after) {
        if (afterId == null) {
            return where;
        }
        parameters.put("afterCreatedAt", afterCreatedAt);
        parameters.put("afterId", afterId);
        return where + " and (createdAt " + after + " :afterCreatedAt or (createdAt = :afterCreatedAt and id " + after
                + " :afterId))";
    }
}

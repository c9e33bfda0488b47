package com.resellerplans.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * Every list answer: the items of one page and the opaque cursor of the next one (null on the last page, and
 * always written, so a client can loop until it sees null).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, String nextCursor) {

    /** A list short enough to answer whole: one page, nothing follows. */
    public static <T> Page<T> complete(List<T> items) {
        return new Page<>(items, null);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), nextCursor);
    }
}

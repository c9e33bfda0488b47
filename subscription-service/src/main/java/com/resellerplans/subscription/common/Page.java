package com.resellerplans.subscription.common;

import java.util.List;
import java.util.function.Function;

/** A page of a list and the cursor of the next page (null on the last one). */
public record Page<T>(List<T> items, String nextCursor) {
    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), nextCursor);
    }
}

package com.resellerplans.order.common.api;

import com.resellerplans.order.common.domain.Page;
import java.util.List;
import java.util.function.Function;

/** Every list answer: the items of one page and the opaque cursor of the next one (null on the last). */
public record ListView<T>(List<T> items, String nextCursor) {

    public static <T> ListView<T> of(List<T> items) {
        return new ListView<>(items, null);
    }

    public static <E, T> ListView<T> of(Page<E> page, Function<E, T> view) {
        return new ListView<>(page.items().stream().map(view).toList(), page.nextCursor());
    }
}

package com.resellerplans.order.common.domain;

import java.util.List;

/** One page of a keyset-paged list and the cursor that continues it, or null when nothing follows. */
public record Page<T>(List<T> items, String nextCursor) {
}

package com.resellerplans.storefront.storefront.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.resellerplans.storefront.storefront.domain.StorefrontPage;
import java.util.List;

/** One page of storefronts; {@code nextCursor} is null on the last page. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StorefrontListView(List<StorefrontView> items, String nextCursor) {
    static StorefrontListView of(StorefrontPage page) {
        return new StorefrontListView(page.items().stream().map(StorefrontView::of).toList(), page.nextCursor());
    }
}

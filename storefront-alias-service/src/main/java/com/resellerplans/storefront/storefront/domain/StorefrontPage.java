package com.resellerplans.storefront.storefront.domain;

import java.util.List;

/** One page of a distributor's storefronts; {@code nextCursor} is null on the last page. */
public record StorefrontPage(List<LocatedStorefront> items, String nextCursor) {
}

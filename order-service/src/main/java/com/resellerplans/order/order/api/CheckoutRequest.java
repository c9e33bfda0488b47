package com.resellerplans.order.order.api;

import jakarta.validation.constraints.Size;

/** The checkout form: the storefront alias, needed when a Basic reseller orders its first plan. */
public record CheckoutRequest(@Size(max = 100) String storefrontAlias) {
}

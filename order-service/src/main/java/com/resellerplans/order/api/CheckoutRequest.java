package com.resellerplans.order.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The checkout form: the storefront alias, needed when a Basic reseller orders its first plan. */
@Schema(examples = "{\"storefrontAlias\": \"techsolutions\"}")
public record CheckoutRequest(@Size(max = 100) String storefrontAlias) {}

package com.resellerplans.order.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** An alias held (or confirmed) for an order, as storefront-alias-service answers it; the alias is normalised. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AliasHold(UUID orderId, String resellerId, String alias, String status, Instant expiresAt) {}

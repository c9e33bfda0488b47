package com.resellerplans.subscription.subscription.api;

import com.resellerplans.subscription.subscription.domain.CancellationPolicy;

/** Body of a BSS cancellation; without {@code effective} the distributor's default policy applies. */
public record CancellationRequest(CancellationPolicy effective) {
}

package com.resellerplans.subscription.subscription.api;

import com.resellerplans.subscription.subscription.domain.CancellationPolicy;
import jakarta.validation.constraints.NotNull;

/** The distributor's subscription settings ({@code GET/PUT /bss/v1/setup/subscriptions}). */
public record SubscriptionSetupBody(@NotNull CancellationPolicy defaultCancellationPolicy) {
}

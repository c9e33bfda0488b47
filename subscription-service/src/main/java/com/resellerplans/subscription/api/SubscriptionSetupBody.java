package com.resellerplans.subscription.api;

import com.resellerplans.subscription.domain.CancellationPolicy;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The distributor's subscription settings ({@code GET/PUT /bss/v1/setup/subscriptions}). */
@Schema(examples = "{\"defaultCancellationPolicy\": \"END_OF_TERM\"}")
public record SubscriptionSetupBody(@NotNull CancellationPolicy defaultCancellationPolicy) {}

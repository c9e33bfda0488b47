package com.resellerplans.subscription.api;

import com.resellerplans.subscription.domain.CancellationPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a BSS cancellation; without {@code effective} the distributor's default policy applies. */
@Schema(examples = "{\"effective\": \"END_OF_TERM\"}")
public record CancellationRequest(CancellationPolicy effective) {}

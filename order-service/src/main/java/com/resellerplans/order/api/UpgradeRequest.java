package com.resellerplans.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Upgrade" on a subscription: the plan product to move to ({@code STANDARD_PLAN}). */
@Schema(examples = "{\"product\": \"STANDARD_PLAN\"}")
public record UpgradeRequest(
        @NotBlank @Schema(enumeration = {"FREE_PLAN", "STANDARD_PLAN"}) @Size(max = 100)
        String product) {}

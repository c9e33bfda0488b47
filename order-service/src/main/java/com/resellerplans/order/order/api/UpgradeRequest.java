package com.resellerplans.order.order.api;

import jakarta.validation.constraints.NotBlank;

/** "Upgrade" on a subscription: the plan product to move to ({@code STANDARD_PLAN}). */
public record UpgradeRequest(@NotBlank String product) {
}

package com.resellerplans.order.basket.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The product to put in the basket, e.g. {@code STANDARD_PLAN}. */
@Schema(examples = "{\"product\": \"STANDARD_PLAN\"}")
public record AddBasketItemRequest(
        @NotBlank @Schema(enumeration = {"FREE_PLAN", "STANDARD_PLAN"}) @Size(max = 100)
        String product) {}

package com.resellerplans.order.basket.api;

import jakarta.validation.constraints.NotBlank;

/** The product to put in the basket, e.g. {@code STANDARD_PLAN}. */
public record AddBasketItemRequest(@NotBlank String product) {
}

package com.resellerplans.order.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An operator's draft order: one plan product for one reseller. */
public record CreateOrderRequest(@NotBlank String resellerId,
        @NotNull @Size(min = 1, max = 1, message = "an order holds exactly one plan product")
        List<@Valid @NotNull ItemRequest> items) {

    /** A product line of the draft. */
    public record ItemRequest(@NotBlank String product) {
    }
}

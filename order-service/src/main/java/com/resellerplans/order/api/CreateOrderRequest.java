package com.resellerplans.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's draft order: one plan product for one reseller. */
@Schema(
        examples = "{\"resellerId\": \"5f0c6d2e-8f5b-4a37-9c2d-3b1e7a9d4c10\", "
                + "\"items\": [{\"product\": \"FREE_PLAN\"}]}")
public record CreateOrderRequest(
        @NotBlank @Size(max = 100) String resellerId,

        @NotNull @Size(min = 1, max = 1, message = "an order holds exactly one plan product")
        List<@Valid @NotNull ItemRequest> items) {

    /** A product line of the draft. */
    public record ItemRequest(
            @NotBlank @Schema(enumeration = {"FREE_PLAN", "STANDARD_PLAN"}) @Size(max = 100)
            String product) {}
}

package com.resellerplans.storefront.alias.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order asks to hold an alias; without {@code holdSeconds} it is held for as long as the order lives. With
 * {@code confirm} the hold is confirmed at once, for an order that executes in the caller's transaction (a
 * checkout): a confirmed hold never expires, so it takes no {@code holdSeconds}.
 */
public record HoldAliasRequest(
        @NotBlank @Size(max = 100) String orderId,
        @NotBlank @Size(max = 100) String resellerId,
        @NotNull @Size(max = 200) String alias,
        @Positive @Max(31_536_000) Integer holdSeconds,
        boolean confirm) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertFalse(message = "a confirmed hold never expires: holdSeconds is for an unconfirmed hold only")
    public boolean isConfirmedWithHoldSeconds() {
        return confirm && holdSeconds != null;
    }
}

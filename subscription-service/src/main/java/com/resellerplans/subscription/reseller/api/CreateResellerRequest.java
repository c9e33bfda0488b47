package com.resellerplans.subscription.reseller.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /bss/v1/resellers}; the tier and distributor are not the caller's to set. */
public record CreateResellerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid ContactBody primaryContact) {
}

package com.resellerplans.subscription.reseller.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /bss/v1/resellers}; the tier and distributor are not the caller's to set. */
@Schema(
        examples = "{\"name\": \"Tech Solutions\", \"primaryContact\": {\"name\": \"Ann Lee\", "
                + "\"email\": \"ann@techsolutions.example\"}}")
public record CreateResellerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid ContactBody primaryContact) {}

package com.resellerplans.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The BSS "pencil" on a plan line: the storefront alias to hold for the draft. */
@Schema(examples = "{\"storefrontAlias\": \"techsolutions\"}")
public record SetAliasRequest(@NotBlank @Size(max = 100) String storefrontAlias) {}

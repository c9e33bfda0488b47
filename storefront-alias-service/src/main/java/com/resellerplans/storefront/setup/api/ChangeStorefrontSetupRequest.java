package com.resellerplans.storefront.setup.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New storefront settings for the operator's distributor. */
@Schema(examples = "{\"baseUrl\": \"https://cloud.disti.com\", \"retentionDays\": 90}")
public record ChangeStorefrontSetupRequest(
        @NotBlank @Size(max = 2000) String baseUrl,
        @NotNull @Min(1) @Max(3650) Integer retentionDays) {}

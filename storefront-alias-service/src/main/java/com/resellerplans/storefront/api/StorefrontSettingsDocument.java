package com.resellerplans.storefront.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reseller's storefront settings document. Markups and prices are checked here; {@code settings} and
 * {@code notificationSettings} are the storefront frontend's own free-form objects.
 */
@Schema(
        examples = "{\"markups\": {\"default\": 12.5, \"byProduct\": {\"STANDARD_PLAN\": 10}}, "
                + "\"specialPrices\": [{\"product\": \"STANDARD_PLAN\", \"customer\": null, "
                + "\"price\": 49.0}], \"settings\": {\"theme\": \"light\"}, "
                + "\"notificationSettings\": {\"orderConfirmations\": true}}")
public record StorefrontSettingsDocument(
        @NotNull @Valid Markups markups,
        @NotNull @Size(max = 1000) List<@NotNull @Valid SpecialPrice> specialPrices,
        @NotNull @Size(max = 200) Map<String, Object> settings,
        @NotNull @Size(max = 200) Map<String, Object> notificationSettings) {

    /** What a storefront that was never configured shows. */
    static final StorefrontSettingsDocument EMPTY =
            new StorefrontSettingsDocument(new Markups(BigDecimal.ZERO, Map.of()), List.of(), Map.of(), Map.of());

    /** Percentages added to the distributor's prices: one default, and per product. */
    public record Markups(
            @JsonProperty("default") @NotNull @DecimalMin("0") @DecimalMax("1000")
            BigDecimal defaultPercent,

            @NotNull @Size(max = 1000)
            Map<@NotBlank @Size(max = 100) String, @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal>
                    byProduct) {}

    /** A fixed price for a product, for all customers or for one. */
    public record SpecialPrice(
            @NotBlank @Size(max = 100) String product,
            @Schema(nullable = true) @Size(max = 100) String customer,
            @NotNull @DecimalMin("0") BigDecimal price) {}
}

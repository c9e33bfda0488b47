package com.resellerplans.storefront.alias.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.resellerplans.storefront.alias.domain.Availability;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The availability answer; {@code reason} is always present, null when the alias is available. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AvailabilityView(
        String alias,
        boolean available,
        @Schema(nullable = true) String reason,
        List<String> suggestions) {
    static AvailabilityView of(Availability availability) {
        return new AvailabilityView(
                availability.alias(), availability.available(), availability.reason(), availability.suggestions());
    }
}

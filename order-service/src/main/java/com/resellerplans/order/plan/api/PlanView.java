package com.resellerplans.order.plan.api;

import com.resellerplans.events.Plan;
import com.resellerplans.order.plan.domain.PlanOffer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan product for the storefront's product page; {@code reason} is the refusal code when not orderable. */
public record PlanView(
        String id,
        String product,
        Plan plan,
        String name,
        String description,
        boolean orderable,
        @Schema(nullable = true) String reason) {

    static PlanView of(PlanOffer offer) {
        return new PlanView(
                offer.product().code(),
                offer.product().code(),
                offer.product().plan(),
                offer.product().name(),
                offer.product().description(),
                offer.change().isAllowed(),
                offer.change().isAllowed() ? null : offer.change().refusal().code());
    }
}

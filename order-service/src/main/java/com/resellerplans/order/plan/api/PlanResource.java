package com.resellerplans.order.plan.api;

import com.resellerplans.domain.Page;
import com.resellerplans.http.Caller;
import com.resellerplans.order.plan.domain.PlanCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The storefront's "Reseller Plans" product page. */
@Path("/storefront/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront plans", description = "The plan catalogue as the reseller may order it.")
public class PlanResource {
    private final PlanCatalogue catalogue;
    private final Caller caller;

    PlanResource(PlanCatalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "The plan products, each with whether the calling reseller may order it now")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public Page<PlanView> plans() {
        return Page.complete(catalogue.offersFor(caller.distributorId(), caller.requireResellerId()).stream()
                .map(PlanView::of)
                .toList());
    }
}

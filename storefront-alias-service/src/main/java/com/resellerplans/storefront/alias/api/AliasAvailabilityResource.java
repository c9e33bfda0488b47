package com.resellerplans.storefront.alias.api;

import com.resellerplans.http.Caller;
import com.resellerplans.storefront.alias.domain.AliasAvailability;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alias availability as the storefront's checkout and the BSS pencil ask for it while someone types. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aliases", description = "Whether a storefront alias is free, and free suggestions when it is not.")
public class AliasAvailabilityResource {
    private final AliasAvailability availability;
    private final Caller caller;

    AliasAvailabilityResource(AliasAvailability availability, Caller caller) {
        this.availability = availability;
        this.caller = caller;
    }

    @GET
    @Path("storefront/v1/aliases/{alias}/availability")
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "Whether the reseller could take this alias (its own holds count as free), with alternatives")
    @APIResponse(responseCode = "200", description = "The answer, also for an invalid or reserved alias")
    public AvailabilityView forReseller(@PathParam("alias") String alias) {
        return AvailabilityView.of(availability.check(caller.distributorId(), caller.requireResellerId(), alias));
    }

    @GET
    @Path("bss/v1/aliases/{alias}/availability")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Whether this alias is free in the distributor, with alternatives")
    @APIResponse(responseCode = "200", description = "The answer, also for an invalid or reserved alias")
    public AvailabilityView forOperator(@PathParam("alias") String alias) {
        return AvailabilityView.of(availability.check(caller.distributorId(), null, alias));
    }
}

package com.resellerplans.storefront.setup.api;

import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.storefront.setup.domain.DistributorSetup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** BSS Setup: the distributor's storefront base URL and retention days. */
@RetryOnConflict
@Path("/bss/v1/setup/storefront")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPERATOR)
@Tag(name = "Setup", description = "The distributor's settings for subscriptions and storefronts.")
public class StorefrontSetupResource {
    private final DistributorSetup setup;
    private final Caller caller;

    StorefrontSetupResource(DistributorSetup setup, Caller caller) {
        this.setup = setup;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The storefront settings in force (the defaults until the distributor sets its own)")
    @APIResponse(responseCode = "200", description = "The settings")
    public StorefrontSetupView get() {
        return StorefrontSetupView.of(caller.distributorId(), setup.current(caller.distributorId()));
    }

    @PUT
    @Operation(summary = "Change the base URL (every storefront URL follows at once) and the retention days")
    @APIResponse(responseCode = "200", description = "The new settings")
    @APIResponse(responseCode = "422", description = "BASE_URL_INVALID, INVALID_REQUEST (retention days 1-3650)")
    public StorefrontSetupView change(@Valid @NotNull ChangeStorefrontSetupRequest request) {
        return StorefrontSetupView.of(
                caller.distributorId(),
                setup.change(caller.distributorId(), request.baseUrl(), request.retentionDays()));
    }
}

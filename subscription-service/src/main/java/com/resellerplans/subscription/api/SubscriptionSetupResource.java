package com.resellerplans.subscription.api;

import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.subscription.domain.SubscriptionSetup;
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

/** The distributor's subscription settings: the cancellation policy a BSS cancellation uses by default. */
@RetryOnConflict
@Path("/bss/v1/setup/subscriptions")
@Tag(name = "Setup", description = "The distributor's settings for subscriptions and storefronts.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPERATOR)
public class SubscriptionSetupResource {
    private final SubscriptionSetup setup;
    private final Caller caller;

    SubscriptionSetupResource(SubscriptionSetup setup, Caller caller) {
        this.setup = setup;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The distributor's subscription settings (the deployment default until set)")
    @APIResponse(responseCode = "200", description = "The settings")
    public SubscriptionSetupBody get() {
        return new SubscriptionSetupBody(setup.defaultCancellationPolicy(caller.distributorId()));
    }

    @PUT
    @Operation(summary = "Choose the distributor's default cancellation policy")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "422", description = "INVALID_REQUEST or UNKNOWN_FIELD")
    public SubscriptionSetupBody put(@NotNull @Valid SubscriptionSetupBody body) {
        return new SubscriptionSetupBody(
                setup.chooseDefaultCancellationPolicy(caller.distributorId(), body.defaultCancellationPolicy()));
    }
}

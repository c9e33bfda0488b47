package com.resellerplans.subscription.api;

import com.resellerplans.domain.Page;
import com.resellerplans.events.Channel;
import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.subscription.domain.CancellationPolicy;
import com.resellerplans.subscription.domain.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A reseller's own subscriptions, in its Storefront; another reseller's are not found. */
@RetryOnConflict
@Path("/storefront/v1/subscriptions")
@Tag(name = "Storefront subscriptions", description = "The reseller's own subscription, its history and cancellation.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.RESELLER_ADMIN)
public class StorefrontSubscriptionResource {
    private final SubscriptionViews views;
    private final Caller caller;

    StorefrontSubscriptionResource(SubscriptionViews views, Caller caller) {
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The reseller's own subscriptions")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    @APIResponse(responseCode = "422", description = "INVALID_CURSOR or INVALID_REQUEST (limit not a whole number)")
    public Page<SubscriptionView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return views.list(viewer(), null, null, null, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the reseller's own subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND")
    public SubscriptionView get(@PathParam("id") String id) {
        return views.get(viewer(), id);
    }

    @POST
    @Idempotent
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel the subscription at the end of its current term")
    @APIResponse(responseCode = "200", description = "The subscription, PENDING_CANCELLATION")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND")
    @APIResponse(
            responseCode = "409",
            description = "SUBSCRIPTION_ALREADY_PENDING_CANCELLATION or SUBSCRIPTION_CANCELLED")
    public SubscriptionView cancel(@PathParam("id") String id) {
        return views.cancel(
                viewer(), id, Optional.of(CancellationPolicy.END_OF_TERM), caller.actor(), Channel.STOREFRONT);
    }

    private Viewer viewer() {
        return Viewer.reseller(caller.distributorId(), caller.requireResellerId());
    }
}

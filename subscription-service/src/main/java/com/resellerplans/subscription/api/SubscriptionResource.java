package com.resellerplans.subscription.api;

import com.resellerplans.domain.Page;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Plan;
import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.subscription.domain.CancellationPolicy;
import com.resellerplans.subscription.domain.SubscriptionStatus;
import com.resellerplans.subscription.domain.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

/** The distributor's subscriptions, for BSS operators. */
@RetryOnConflict
@Path("/bss/v1/subscriptions")
@Tag(name = "Subscriptions", description = "The distributor's subscriptions, their history and cancellation.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPERATOR)
public class SubscriptionResource {
    private final SubscriptionViews views;
    private final Caller caller;

    SubscriptionResource(SubscriptionViews views, Caller caller) {
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List the distributor's subscriptions, by status, plan and reseller")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    @APIResponse(
            responseCode = "422",
            description = "INVALID_CURSOR or INVALID_REQUEST (unknown status or plan, limit not a whole number)")
    public Page<SubscriptionView> list(
            @QueryParam("status") SubscriptionStatus status,
            @QueryParam("plan") Plan plan,
            @QueryParam("resellerId") String resellerId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return views.list(viewer(), status, plan, resellerId, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription of the distributor, with its history and allowed actions")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND")
    public SubscriptionView get(@PathParam("id") String id) {
        return views.get(viewer(), id);
    }

    @POST
    @Idempotent
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel at the end of the term or immediately (default: the distributor's policy)")
    @APIResponse(responseCode = "200", description = "The subscription, PENDING_CANCELLATION or CANCELLED")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND")
    @APIResponse(
            responseCode = "409",
            description = "SUBSCRIPTION_ALREADY_PENDING_CANCELLATION or SUBSCRIPTION_CANCELLED")
    public SubscriptionView cancel(@PathParam("id") String id, CancellationRequest request) {
        Optional<CancellationPolicy> policy = Optional.ofNullable(request).map(CancellationRequest::effective);
        return views.cancel(viewer(), id, policy, caller.actor(), Channel.BSS);
    }

    private Viewer viewer() {
        return Viewer.operator(caller.distributorId());
    }
}

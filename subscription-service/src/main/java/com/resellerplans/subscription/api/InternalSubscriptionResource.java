package com.resellerplans.subscription.api;

import com.resellerplans.http.Caller;
import com.resellerplans.subscription.domain.SubscriptionQueries;
import com.resellerplans.subscription.domain.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One subscription for the services of the suite, called with the person's own token forwarded: order-service
 * asks it when an upgrade names a subscription whose activation event has not reached it yet.
 */
@Path("/internal/v1/subscriptions")
@Tag(name = "Internal", description = "Service-to-service reads, never routed by the gateway.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OPERATOR, Caller.RESELLER_ADMIN})
public class InternalSubscriptionResource {
    private final SubscriptionQueries queries;
    private final Caller caller;

    InternalSubscriptionResource(SubscriptionQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A subscription of the token's distributor (a reseller token: only its own)")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND")
    public InternalSubscriptionView get(@PathParam("id") String id) {
        Viewer viewer = caller.isOperator()
                ? Viewer.operator(caller.distributorId())
                : Viewer.reseller(caller.distributorId(), caller.requireResellerId());
        return InternalSubscriptionView.of(queries.get(viewer, id));
    }
}

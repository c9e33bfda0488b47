package com.resellerplans.order.api;

import com.resellerplans.http.Caller;
import com.resellerplans.order.domain.OrderQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One order for a job of another service that acts for a distributor without a person's token (the alias
 * reconciliation): it calls with a service token carrying the {@value #SUITE_SERVICE} group and the distributor.
 */
@Path("/internal/v1/orders")
@Tag(name = "Internal", description = "Service-to-service reads, never routed by the gateway.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(InternalOrderResource.SUITE_SERVICE)
public class InternalOrderResource {
    /** The group of service tokens the suite's own jobs mint; the gateway never forwards /internal routes. */
    static final String SUITE_SERVICE = "suite-service";

    private final OrderQueries queries;
    private final Caller caller;

    InternalOrderResource(OrderQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An order of the token's distributor: whether it executed, for whom, with which alias")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    public InternalOrderView get(@PathParam("id") UUID id) {
        return InternalOrderView.of(queries.ofDistributor(caller.distributorId(), id));
    }
}

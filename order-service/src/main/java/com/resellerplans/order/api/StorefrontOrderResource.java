package com.resellerplans.order.api;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.http.Caller;
import com.resellerplans.order.domain.OrderFilter;
import com.resellerplans.order.domain.OrderQueries;
import com.resellerplans.order.domain.Requester;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reseller's own orders on the storefront. */
@Path("/storefront/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront orders", description = "The reseller's checkout and own orders.")
public class StorefrontOrderResource {
    private final OrderQueries queries;
    private final Caller caller;

    StorefrontOrderResource(OrderQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "The calling reseller's orders, newest first")
    @APIResponse(responseCode = "200", description = "One page of orders")
    @APIResponse(responseCode = "422", description = "INVALID_CURSOR or INVALID_REQUEST (limit not a whole number)")
    public Page<OrderView> orders(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return queries.list(requester(), new OrderFilter(null, null), PageRequest.of(cursor, limit))
                .map(order -> OrderView.of(order, false));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "One of the calling reseller's orders")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also another reseller's order)")
    public OrderView order(@PathParam("id") UUID id) {
        return OrderView.of(queries.one(requester(), id), false);
    }

    private Requester requester() {
        return Requesters.of(caller);
    }
}

package com.resellerplans.order.api;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.order.domain.BssOrders;
import com.resellerplans.order.domain.Order;
import com.resellerplans.order.domain.OrderFilter;
import com.resellerplans.order.domain.OrderQueries;
import com.resellerplans.order.domain.OrderStatus;
import com.resellerplans.order.domain.Requester;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's orders in the BSS: drafts, the alias pencil, execution, upgrades and the order list. */
@Path("/bss/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "BSS orders",
        description = "An operator's orders: drafts, the alias pencil, execution, upgrades and the order list.")
public class BssOrderResource {
    private final BssOrders bssOrders;
    private final OrderQueries queries;
    private final Caller caller;

    BssOrderResource(BssOrders bssOrders, OrderQueries queries, Caller caller) {
        this.bssOrders = bssOrders;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/orders")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "The distributor's orders, newest first, by status and reseller")
    @APIResponse(responseCode = "200", description = "One page of orders")
    @APIResponse(
            responseCode = "422",
            description = "INVALID_CURSOR or INVALID_REQUEST (unknown status, limit not a whole number)")
    public Page<OrderView> orders(
            @QueryParam("status") OrderStatus status,
            @QueryParam("resellerId") String resellerId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return queries.list(requester(), new OrderFilter(resellerId, status), PageRequest.of(cursor, limit))
                .map(order -> OrderView.of(order, true));
    }

    @GET
    @Path("/orders/{id}")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "One of the distributor's orders")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    public OrderView order(@PathParam("id") UUID id) {
        return OrderView.of(queries.one(requester(), id), true);
    }

    @POST
    @Idempotent
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Create a draft order (NEW, or UPGRADE for a Free reseller ordering STANDARD_PLAN)")
    @APIResponseSchema(value = OrderView.class, responseCode = "201", responseDescription = "The draft")
    @APIResponse(responseCode = "404", description = "RESELLER_NOT_FOUND")
    @APIResponse(
            responseCode = "409",
            description = "PLAN_ALREADY_ACTIVE, PLAN_DOWNGRADE_NOT_ALLOWED, CANCELLATION_PENDING")
    @APIResponse(responseCode = "422", description = "UNKNOWN_PRODUCT or INVALID_REQUEST")
    @APIResponse(responseCode = "503", description = "DEPENDENCY_UNAVAILABLE")
    public Response create(@Valid @NotNull CreateOrderRequest request) {
        return created(bssOrders.createDraft(
                requester(), request.resellerId(), request.items().get(0).product()));
    }

    @RetryOnConflict
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/orders/{id}/items/{itemId}")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Set the storefront alias of the draft's plan line and hold it for the draft")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND, ORDER_ITEM_NOT_FOUND")
    @APIResponse(
            responseCode = "409",
            description = "ORDER_ALREADY_EXECUTED, ORDER_NOT_DRAFT, ORDER_EXPIRED," + " ALIAS_TAKEN, ALIAS_HELD")
    @APIResponse(responseCode = "422", description = "ALIAS_NOT_ALLOWED_ON_UPGRADE, ALIAS_INVALID, ALIAS_RESERVED")
    @APIResponse(responseCode = "503", description = "DEPENDENCY_UNAVAILABLE")
    public OrderView setAlias(
            @PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @Valid @NotNull SetAliasRequest request) {
        return OrderView.of(bssOrders.setAlias(requester(), id, itemId, request.storefrontAlias()), true);
    }

    @RetryOnConflict
    @DELETE
    @Path("/orders/{id}")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Delete a draft and free its alias")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_DRAFT, ORDER_EXPIRED")
    public void delete(@PathParam("id") UUID id) {
        bssOrders.delete(requester(), id);
    }

    // not @RetryOnConflict: a failed attempt force-releases the confirmed alias hold, which a rerun cannot confirm
    @POST
    @Idempotent
    @Path("/orders/{id}/execution")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Execute a draft")
    @APIResponse(responseCode = "200", description = "The order, EXECUTED")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @APIResponse(
            responseCode = "409",
            description = "ORDER_ALREADY_EXECUTED, ORDER_NOT_DRAFT, ORDER_EXPIRED,"
                    + " ORDER_OUTDATED, PLAN_ALREADY_ACTIVE, PLAN_DOWNGRADE_NOT_ALLOWED, CANCELLATION_PENDING,"
                    + " ALIAS_HOLD_EXPIRED")
    @APIResponse(responseCode = "422", description = "ALIAS_REQUIRED")
    @APIResponse(responseCode = "503", description = "DEPENDENCY_UNAVAILABLE")
    public OrderView execute(@PathParam("id") UUID id) {
        return OrderView.of(bssOrders.execute(requester(), id), true);
    }

    @RetryOnConflict
    @POST
    @Idempotent
    @Path("/subscriptions/{id}/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Upgrade an active Free subscription: an UPGRADE order, executed at once")
    @APIResponseSchema(value = OrderView.class, responseCode = "201", responseDescription = "The order, EXECUTED")
    @APIResponse(responseCode = "404", description = "SUBSCRIPTION_NOT_FOUND")
    @APIResponse(
            responseCode = "409",
            description = "SUBSCRIPTION_NOT_UPGRADABLE, PLAN_ALREADY_ACTIVE,"
                    + " PLAN_DOWNGRADE_NOT_ALLOWED, CANCELLATION_PENDING")
    @APIResponse(responseCode = "422", description = "UNKNOWN_PRODUCT or INVALID_REQUEST")
    @APIResponse(responseCode = "503", description = "DEPENDENCY_UNAVAILABLE")
    public Response upgrade(@PathParam("id") String subscriptionId, @Valid @NotNull UpgradeRequest request) {
        return created(bssOrders.upgrade(requester(), subscriptionId, request.product()));
    }

    private static Response created(Order order) {
        return Response.status(Response.Status.CREATED)
                .entity(OrderView.of(order, true))
                .build();
    }

    private Requester requester() {
        return Requesters.of(caller);
    }
}

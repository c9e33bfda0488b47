package com.resellerplans.order.api;

import com.resellerplans.http.Caller;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.order.domain.Checkout;
import com.resellerplans.order.domain.Requester;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The storefront checkout; the body is optional (an upgrade needs none). */
@Path("/storefront/v1/basket/checkout")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront orders", description = "The reseller's checkout and own orders.")
public class CheckoutResource {
    private final Checkout checkout;
    private final Caller caller;

    CheckoutResource(Checkout checkout, Caller caller) {
        this.checkout = checkout;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "Check out the basket: the order is created and executed at once")
    @APIResponseSchema(value = OrderView.class, responseCode = "201", responseDescription = "The order, EXECUTED")
    @APIResponse(
            responseCode = "409",
            description = "BASKET_EMPTY, PLAN_ALREADY_ACTIVE, PLAN_DOWNGRADE_NOT_ALLOWED,"
                    + " CANCELLATION_PENDING, ALIAS_TAKEN (with suggestions), ALIAS_HELD")
    @APIResponse(
            responseCode = "422",
            description = "ALIAS_REQUIRED, ALIAS_NOT_ALLOWED_ON_UPGRADE, ALIAS_INVALID," + " ALIAS_RESERVED")
    @APIResponse(responseCode = "503", description = "DEPENDENCY_UNAVAILABLE: nothing was changed")
    public Response checkout(@Valid CheckoutRequest request) {
        String alias = request == null ? null : request.storefrontAlias();
        return Response.status(Response.Status.CREATED)
                .entity(OrderView.of(checkout.checkout(requester(), alias), false))
                .build();
    }

    private Requester requester() {
        return Requesters.of(caller);
    }
}

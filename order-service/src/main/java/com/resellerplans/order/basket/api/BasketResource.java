package com.resellerplans.order.basket.api;

import com.resellerplans.domain.Page;
import com.resellerplans.http.Caller;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.order.basket.domain.Baskets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reseller's basket on the storefront. */
@Path("/storefront/v1/basket")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront basket", description = "The reseller's basket: at most one plan product before checkout.")
public class BasketResource {
    private final Baskets baskets;
    private final Caller caller;

    BasketResource(Baskets baskets, Caller caller) {
        this.baskets = baskets;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "The calling reseller's basket")
    @APIResponse(responseCode = "200", description = "The basket's items")
    public Page<BasketItemView> basket() {
        return Page.complete(baskets.itemsOf(caller.distributorId(), caller.requireResellerId()).stream()
                .map(BasketItemView::of)
                .toList());
    }

    @POST
    @Idempotent
    @Path("/items")
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "Put a plan product in the basket (one plan at a time)")
    @APIResponseSchema(value = BasketItemView.class, responseCode = "201", responseDescription = "The item added")
    @APIResponse(responseCode = "409", description = "BASKET_HAS_PLAN: the basket already holds a plan product")
    @APIResponse(responseCode = "422", description = "UNKNOWN_PRODUCT or INVALID_REQUEST")
    public Response add(@Valid @NotNull AddBasketItemRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(BasketItemView.of(
                        baskets.add(caller.distributorId(), caller.requireResellerId(), request.product())))
                .build();
    }

    @DELETE
    @Path("/items/{itemId}")
    @RolesAllowed(Caller.RESELLER_ADMIN)
    @Operation(summary = "Take an item out of the basket")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "BASKET_ITEM_NOT_FOUND")
    public void remove(@PathParam("itemId") UUID itemId) {
        baskets.remove(caller.distributorId(), caller.requireResellerId(), itemId);
    }
}

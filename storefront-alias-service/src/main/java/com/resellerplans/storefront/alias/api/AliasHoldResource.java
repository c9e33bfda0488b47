package com.resellerplans.storefront.alias.api;

import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.storefront.alias.domain.AliasHolds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Service-to-service: the order service holds, confirms and releases its orders' aliases with the caller's token. */
@RetryOnConflict
@Path("/internal/v1/alias-holds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OPERATOR, Caller.RESELLER_ADMIN})
@Tag(
        name = "Alias holds (internal)",
        description = "The pencil on an alias while an order is drafted (service to service only).")
public class AliasHoldResource {
    private final AliasHolds holds;
    private final Caller caller;

    AliasHoldResource(AliasHolds holds, Caller caller) {
        this.holds = holds;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Hold an alias for an order (re-posting for the same order moves its hold), and with"
                    + " confirm=true confirm it in the same call")
    @APIResponse(responseCode = "201", description = "Held, or held and confirmed")
    @APIResponse(responseCode = "403", description = "RESELLER_MISMATCH: a reseller holds for itself only")
    @APIResponse(responseCode = "409", description = "ALIAS_TAKEN (with suggestions), ALIAS_HELD, ALIAS_HOLD_CONFIRMED")
    @APIResponse(responseCode = "422", description = "ALIAS_INVALID, ALIAS_RESERVED, INVALID_REQUEST")
    public Response hold(@Valid @NotNull HoldAliasRequest request) {
        String distributorId = caller.distributorId();
        String callerResellerId = caller.resellerId().orElse(null);
        AliasHoldView view = AliasHoldView.of(
                request.confirm()
                        ? holds.holdConfirmed(
                                distributorId,
                                callerResellerId,
                                request.orderId(),
                                request.resellerId(),
                                request.alias())
                        : holds.hold(
                                distributorId,
                                callerResellerId,
                                request.orderId(),
                                request.resellerId(),
                                request.alias(),
                                request.holdSeconds()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Idempotent
    @Path("/{orderId}/confirmation")
    @Operation(summary = "Confirm an executed order's hold: it never expires from now on")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "404", description = "ALIAS_HOLD_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ALIAS_HOLD_EXPIRED: the hold expired and another order took it")
    public AliasHoldView confirm(@PathParam("orderId") String orderId) {
        return AliasHoldView.of(holds.confirm(
                caller.distributorId(), orderId, caller.resellerId().orElse(null)));
    }

    @DELETE
    @Path("/{orderId}")
    @Operation(summary = "Release an order's hold (idempotent); a confirmed one only with force=true")
    @APIResponse(responseCode = "204", description = "Released, or nothing was held")
    @APIResponse(responseCode = "409", description = "ALIAS_HOLD_CONFIRMED: confirmed and not forced")
    public void release(@PathParam("orderId") String orderId, @QueryParam("force") boolean force) {
        holds.release(caller.distributorId(), orderId, caller.resellerId().orElse(null), force);
    }
}

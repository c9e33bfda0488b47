package com.resellerplans.notification.delivery.api;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.notification.delivery.domain.Deliveries;
import com.resellerplans.notification.delivery.domain.DeliveryFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's view of every email sent, or being retried, for its distributor. */
@RetryOnConflict
@Path("/bss/v1/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notification deliveries", description = "Every notification email with its SMTP attempts, and a resend.")
public class DeliveryResource {
    private final Deliveries deliveries;
    private final Caller caller;

    DeliveryResource(Deliveries deliveries, Caller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "List deliveries, newest first")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an operator")
    @APIResponse(
            responseCode = "422",
            description = "INVALID_STATUS, INVALID_CURSOR or INVALID_REQUEST (limit not a whole number)")
    public Page<DeliveryView> list(
            @QueryParam("status") String status,
            @QueryParam("resellerId") String resellerId,
            @QueryParam("templateKey") String templateKey,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return deliveries
                .page(
                        caller.distributorId(),
                        new DeliveryFilter(status, resellerId, templateKey),
                        PageRequest.of(cursor, limit))
                .map(DeliveryView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "One delivery with the email as sent and its attempts")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an operator")
    @APIResponse(responseCode = "404", description = "DELIVERY_NOT_FOUND")
    public DeliveryDetailsView get(@PathParam("id") String id) {
        return DeliveryDetailsView.of(deliveries.details(caller.distributorId(), id));
    }

    @POST
    @Idempotent
    @Path("/{id}/resend")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Send a FAILED or DEAD delivery again now (a QUEUED one is left as it is)")
    @APIResponse(responseCode = "200", description = "The delivery, QUEUED")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an operator")
    @APIResponse(responseCode = "404", description = "DELIVERY_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DELIVERY_ALREADY_SENT")
    public DeliveryDetailsView resend(@PathParam("id") String id) {
        return DeliveryDetailsView.of(deliveries.resend(caller.distributorId(), id));
    }
}

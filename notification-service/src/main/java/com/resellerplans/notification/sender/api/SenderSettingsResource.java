package com.resellerplans.notification.sender.api;

import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.notification.sender.domain.SenderSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Setup → Notifications: the name and address the distributor's emails come from. */
@RetryOnConflict
@Path("/bss/v1/setup/notifications/sender")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Notification setup",
        description = "The distributor's email templates, their versions and previews, recipients and sender.")
public class SenderSettingsResource {
    private final SenderSettingsService settings;
    private final Caller caller;

    SenderSettingsResource(SenderSettingsService settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "The distributor's sender (the deployment's defaults until it sets its own)")
    @APIResponse(responseCode = "200", description = "The sender")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an operator")
    public SenderSettingsView get() {
        return SenderSettingsView.of(settings.senderOf(caller.distributorId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Set the distributor's display name, sender name and sender address")
    @APIResponse(responseCode = "200", description = "The sender as stored; the next email uses it")
    @APIResponse(responseCode = "400", description = "MALFORMED_REQUEST")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not an operator")
    @APIResponse(responseCode = "422", description = "INVALID_REQUEST")
    public SenderSettingsView put(@Valid @NotNull UpdateSenderSettingsRequest request) {
        return SenderSettingsView.of(settings.change(
                caller.distributorId(), request.distributorName(), request.senderName(), request.senderAddress()));
    }
}

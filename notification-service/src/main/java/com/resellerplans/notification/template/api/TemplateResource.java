package com.resellerplans.notification.template.api;

import com.resellerplans.domain.Page;
import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.notification.template.domain.TemplateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Setup → Notifications → Customer Notifications: the distributor's templates, versions and recipients. */
@RetryOnConflict
@Path("/bss/v1/setup/notifications/templates/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Notification setup",
        description = "The distributor's email templates, their versions and previews, recipients and sender.")
@APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
@APIResponse(responseCode = "403", description = "FORBIDDEN: not an operator")
@APIResponse(responseCode = "404", description = "TEMPLATE_NOT_FOUND: no such template key (or version)")
public class TemplateResource {
    private final TemplateService templates;
    private final Caller caller;

    TemplateResource(TemplateService templates, Caller caller) {
        this.templates = templates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "The template the distributor's emails use now (the default until it saves its own)")
    @APIResponse(responseCode = "200", description = "The template")
    public TemplateView get(@PathParam("key") String key) {
        return TemplateView.of(templates.current(caller.distributorId(), key));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Save a new version of the template and use it from now on")
    @APIResponse(responseCode = "200", description = "The template as now used")
    @APIResponse(
            responseCode = "422",
            description = "INVALID_REQUEST, TEMPLATE_INVALID or TEMPLATE_UNKNOWN_PLACEHOLDER (with part and line)")
    public TemplateView put(@PathParam("key") String key, @Valid @NotNull TemplateRequest request) {
        return TemplateView.of(templates.change(caller.distributorId(), key, request.toDraft(), caller.subject()));
    }

    @POST
    @Idempotent
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Render a draft (or, without a body, the current template) with sample values")
    @APIResponse(responseCode = "200", description = "The rendered email")
    @APIResponse(responseCode = "422", description = "TEMPLATE_INVALID or TEMPLATE_UNKNOWN_PLACEHOLDER")
    public PreviewView preview(@PathParam("key") String key, @Valid TemplateRequest draft) {
        return PreviewView.of(
                key, templates.preview(caller.distributorId(), key, draft == null ? null : draft.toDraft()));
    }

    @GET
    @Path("/versions")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "The distributor's saved versions of the template, newest first")
    @APIResponse(responseCode = "200", description = "The versions")
    public Page<TemplateVersionView> versions(@PathParam("key") String key) {
        // a template keeps few versions, so one page holds them all
        return Page.complete(templates.versions(caller.distributorId(), key).stream()
                .map(TemplateVersionView::of)
                .toList());
    }

    @POST
    @Idempotent
    @Path("/versions/{number}/restore")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Save a copy of an earlier version as the newest one and use it")
    @APIResponse(responseCode = "200", description = "The template as now used")
    public TemplateView restore(@PathParam("key") String key, @PathParam("number") int number) {
        return TemplateView.of(templates.restore(caller.distributorId(), key, number, caller.subject()));
    }

    @GET
    @Path("/recipients")
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Preferred recipients who get a copy besides the reseller's primary contact")
    @APIResponse(responseCode = "200", description = "The recipients")
    public RecipientsView recipients(@PathParam("key") String key) {
        return new RecipientsView(key, templates.recipients(caller.distributorId(), key));
    }

    @PUT
    @Path("/recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Replace the preferred recipients")
    @APIResponse(responseCode = "200", description = "The recipients as stored")
    @APIResponse(responseCode = "422", description = "INVALID_REQUEST")
    public RecipientsView replaceRecipients(@PathParam("key") String key, @Valid @NotNull RecipientsRequest request) {
        return new RecipientsView(key, templates.replaceRecipients(caller.distributorId(), key, request.recipients()));
    }
}

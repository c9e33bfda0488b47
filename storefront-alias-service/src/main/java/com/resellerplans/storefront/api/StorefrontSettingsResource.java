package com.resellerplans.storefront.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.http.Caller;
import com.resellerplans.http.conflict.RetryOnConflict;
import com.resellerplans.storefront.domain.Storefront;
import com.resellerplans.storefront.domain.StorefrontSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reseller's own storefront settings document. */
@RetryOnConflict
@Path("/storefront/v1/storefront/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.RESELLER_ADMIN)
@Tag(
        name = "Storefront settings",
        description = "The reseller's storefront settings: markups, special prices, free-form settings.")
public class StorefrontSettingsResource {
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};

    private final StorefrontSettings settings;
    private final Caller caller;
    private final ObjectMapper json;

    StorefrontSettingsResource(StorefrontSettings settings, Caller caller, ObjectMapper json) {
        this.settings = settings;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Operation(summary = "The reseller's storefront settings document")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", description = "STOREFRONT_NOT_FOUND: the reseller has no storefront")
    public StorefrontSettingsView get() {
        return viewOf(settings.of(caller.distributorId(), caller.requireResellerId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the reseller's storefront settings document")
    @APIResponse(responseCode = "200", description = "The stored document")
    @APIResponse(responseCode = "404", description = "STOREFRONT_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "STOREFRONT_SUSPENDED: kept unchanged during retention")
    @APIResponse(responseCode = "422", description = "INVALID_REQUEST")
    public StorefrontSettingsView replace(@Valid @NotNull StorefrontSettingsDocument document) {
        return viewOf(settings.replace(
                caller.distributorId(), caller.requireResellerId(), json.convertValue(document, DOCUMENT)));
    }

    private StorefrontSettingsView viewOf(Storefront storefront) {
        StorefrontSettingsDocument document = storefront.settings().isEmpty()
                ? StorefrontSettingsDocument.EMPTY
                : json.convertValue(storefront.settings(), StorefrontSettingsDocument.class);
        return new StorefrontSettingsView(storefront.id(), document);
    }
}

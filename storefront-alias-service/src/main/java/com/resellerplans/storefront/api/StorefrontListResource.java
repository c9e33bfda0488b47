package com.resellerplans.storefront.api;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.http.Caller;
import com.resellerplans.storefront.domain.StorefrontDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The BSS list of the distributor's storefronts. */
@Path("/bss/v1/storefronts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefronts", description = "The distributor's storefronts and their status.")
public class StorefrontListResource {
    private final StorefrontDirectory directory;
    private final Caller caller;

    StorefrontListResource(StorefrontDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "The distributor's storefronts, oldest first, with their current URLs")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "422", description = "INVALID_CURSOR or INVALID_REQUEST (limit not a whole number)")
    public Page<StorefrontView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return directory
                .page(caller.distributorId(), PageRequest.of(cursor, limit))
                .map(StorefrontView::of);
    }
}

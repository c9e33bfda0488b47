package com.resellerplans.storefront.api;

import com.resellerplans.http.Caller;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.storefront.domain.LocatedStorefront;
import com.resellerplans.storefront.domain.StorefrontDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The storefront URL as the world sees it, and the sign-in gate behind its login page. */
@Path("/public/v1/distributors/{distributorId}/storefronts/{alias}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Public storefronts",
        description = "A distributor's storefront pages and the sign-in gate, without a token.")
public class PublicStorefrontResource {
    private final StorefrontDirectory directory;
    private final Caller caller;

    PublicStorefrontResource(StorefrontDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "What the storefront URL shows (no token needed)")
    @APIResponse(responseCode = "200", description = "The storefront's URL, status and whether sign-in is open")
    @APIResponse(responseCode = "404", description = "STOREFRONT_NOT_FOUND: none, or purged")
    public PublicStorefrontView get(
            @PathParam("distributorId") String distributorId, @PathParam("alias") String alias) {
        return PublicStorefrontView.of(directory.at(distributorId, alias));
    }

    @POST
    @Idempotent
    @Path("/sign-in")
    @RolesAllowed({Caller.RESELLER_ADMIN, Caller.SUB_CUSTOMER})
    @Operation(summary = "Sign in to the storefront with the distributor-storefront token of its reseller")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(
            responseCode = "403",
            description = "STOREFRONT_SIGN_IN_DISABLED (suspended), "
                    + "STOREFRONT_SIGN_IN_FORBIDDEN (another reseller's token)")
    @APIResponse(responseCode = "404", description = "STOREFRONT_NOT_FOUND")
    public SignInView signIn(@PathParam("distributorId") String distributorId, @PathParam("alias") String alias) {
        LocatedStorefront located =
                directory.signIn(distributorId, alias, caller.distributorId(), caller.requireResellerId());
        return new SignInView(located.storefront().id(), located.url(), caller.subject());
    }
}

package com.resellerplans.subscription.reseller.api;

import com.resellerplans.http.Caller;
import com.resellerplans.subscription.reseller.domain.ResellerDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who a reseller is, for the services of the suite, called with the person's own token forwarded. */
@Path("/internal/v1/resellers")
@Tag(name = "Internal", description = "Service-to-service reads, never routed by the gateway.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OPERATOR, Caller.RESELLER_ADMIN})
public class InternalResellerResource {
    private final ResellerDirectory directory;
    private final Caller caller;

    InternalResellerResource(ResellerDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A reseller of the token's distributor (a reseller token: only itself)")
    @APIResponse(responseCode = "200", description = "The reseller")
    @APIResponse(responseCode = "404", description = "RESELLER_NOT_FOUND")
    public InternalResellerView get(@PathParam("id") String id) {
        Optional<String> ownReseller = caller.isOperator() ? Optional.empty() : Optional.of(caller.requireResellerId());
        return InternalResellerView.of(directory.getVisibleTo(caller.distributorId(), ownReseller, id));
    }
}

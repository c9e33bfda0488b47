package com.resellerplans.subscription.reseller.api;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.events.Tier;
import com.resellerplans.http.Caller;
import com.resellerplans.http.idempotency.Idempotent;
import com.resellerplans.subscription.reseller.domain.ResellerDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The distributor's reseller directory, for BSS operators. */
@Path("/bss/v1/resellers")
@Tag(name = "Resellers", description = "The distributor's reseller directory and each reseller's tier.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPERATOR)
public class ResellerResource {
    private final ResellerDirectory directory;
    private final Caller caller;

    ResellerResource(ResellerDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Operation(summary = "Register a reseller (tier BASIC)")
    @APIResponseSchema(value = ResellerView.class, responseCode = "201", responseDescription = "Registered")
    @APIResponse(responseCode = "422", description = "INVALID_REQUEST or UNKNOWN_FIELD")
    public Response register(@NotNull @Valid CreateResellerRequest request) {
        ResellerView created = ResellerView.of(directory.register(
                caller.distributorId(), request.name(), request.primaryContact().toContact()));
        return Response.created(URI.create("/bss/v1/resellers/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List the distributor's resellers, by tier and name prefix")
    @APIResponse(responseCode = "200", description = "A page of resellers")
    @APIResponse(
            responseCode = "422",
            description = "INVALID_CURSOR or INVALID_REQUEST (unknown tier, limit not a whole number)")
    public Page<ResellerView> list(
            @QueryParam("tier") Tier tier,
            @QueryParam("q") String namePrefix,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return directory
                .list(caller.distributorId(), tier, namePrefix, PageRequest.of(cursor, limit))
                .map(ResellerView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One reseller of the distributor")
    @APIResponse(responseCode = "200", description = "The reseller")
    @APIResponse(responseCode = "404", description = "RESELLER_NOT_FOUND")
    public ResellerView get(@PathParam("id") String id) {
        return ResellerView.of(directory.get(caller.distributorId(), id));
    }
}

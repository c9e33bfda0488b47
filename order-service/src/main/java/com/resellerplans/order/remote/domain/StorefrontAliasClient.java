package com.resellerplans.order.remote.domain;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** storefront-alias-service's internal API: alias holds per order. */
@RegisterRestClient(configKey = "storefront-alias-service")
@Path("/internal/v1/alias-holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface StorefrontAliasClient {

    @POST
    Response hold(AliasHoldRequest request, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/{orderId}/confirmation")
    Response confirm(@PathParam("orderId") UUID orderId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @DELETE
    @Path("/{orderId}")
    Response release(@PathParam("orderId") UUID orderId, @QueryParam("force") boolean force,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** The body of a hold; {@code holdSeconds} null holds for as long as the order lives. */
    record AliasHoldRequest(UUID orderId, String resellerId, String alias, Integer holdSeconds) {
    }
}

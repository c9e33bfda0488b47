package com.resellerplans.order.remote.domain;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** subscription-service's internal API: the reseller directory. */
@RegisterRestClient(configKey = "subscription-service")
@Path("/internal/v1/resellers")
@Produces(MediaType.APPLICATION_JSON)
public interface SubscriptionServiceClient {

    @GET
    @Path("/{id}")
    Response reseller(@PathParam("id") String resellerId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}

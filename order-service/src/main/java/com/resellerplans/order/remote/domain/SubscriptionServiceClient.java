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

/** subscription-service's internal API: the reseller directory and its subscriptions. */
@RegisterRestClient(configKey = "subscription-service")
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SubscriptionServiceClient {

    @GET
    @Path("/resellers/{id}")
    Response reseller(@PathParam("id") String resellerId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/subscriptions/{id}")
    Response subscription(@PathParam("id") String subscriptionId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}

package com.resellerplans.storefront.alias.domain;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's internal API: whether an order executed. */
@RegisterRestClient(configKey = "order-service")
@Path("/internal/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderServiceClient {

    @GET
    @Path("/{id}")
    Response order(@PathParam("id") String orderId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}

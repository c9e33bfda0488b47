package com.resellerplans.order.client;

import com.resellerplans.order.domain.SubscriptionRecord;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** subscription-service's internal API: the reseller directory and its subscriptions, with the caller's token. */
@RegisterRestClient(configKey = SubscriptionServiceClient.NAME)
@RegisterClientHeaders(ForwardedAuthorization.class)
@RegisterProvider(SubscriptionServiceClient.Problems.class)
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SubscriptionServiceClient {
    String NAME = "subscription-service";

    @GET
    @Path("/resellers/{id}")
    ResellerRecord reseller(@PathParam("id") String resellerId);

    @GET
    @Path("/subscriptions/{id}")
    SubscriptionRecord subscription(@PathParam("id") String subscriptionId);

    /** subscription-service's refusals as domain refusals. */
    class Problems extends NeighbourProblems {
        public Problems() {
            super(NAME);
        }
    }
}

package com.resellerplans.order.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.resellerplans.order.domain.AliasHold;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** storefront-alias-service's internal API: alias holds per order, called with the caller's token. */
@RegisterRestClient(configKey = StorefrontAliasClient.NAME)
@RegisterClientHeaders(ForwardedAuthorization.class)
@RegisterProvider(StorefrontAliasClient.Problems.class)
@Path("/internal/v1/alias-holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface StorefrontAliasClient {
    String NAME = "storefront-alias-service";

    @POST
    AliasHold hold(AliasHoldRequest request);

    @POST
    @Path("/{orderId}/confirmation")
    AliasHold confirm(@PathParam("orderId") UUID orderId);

    @DELETE
    @Path("/{orderId}")
    void release(@PathParam("orderId") UUID orderId, @QueryParam("force") boolean force);

    /**
     * The body of a hold; {@code holdSeconds} null holds for as long as the order lives, {@code confirm} confirms
     * the hold in the same call. {@code confirm} is only sent when true: a storefront-alias-service that does not
     * know it yet (a rolling upgrade) refuses an unknown member, so the other holds must not carry it.
     */
    record AliasHoldRequest(
            UUID orderId,
            String resellerId,
            String alias,
            Integer holdSeconds,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean confirm) {}

    /** storefront-alias-service's refusals as domain refusals. */
    class Problems extends NeighbourProblems {
        public Problems() {
            super(NAME);
        }
    }
}

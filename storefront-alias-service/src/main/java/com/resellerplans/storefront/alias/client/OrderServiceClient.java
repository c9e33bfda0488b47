package com.resellerplans.storefront.alias.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.ComputedParamContext;
import io.quarkus.rest.client.reactive.NotBody;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * order-service's internal API: whether an order executed. The alias service acts for no person here, so each
 * call carries a one-minute service token of its own (group {@value #SUITE_SERVICE}, the order's distributor)
 * signed with the configured service key; order-service's internal route accepts only that group, within that
 * distributor.
 */
@RegisterRestClient(configKey = "order-service")
@RegisterProvider(OrderServiceClient.Problems.class)
@Path("/internal/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderServiceClient {
    String SUITE_SERVICE = "suite-service";

    @GET
    @Path("/{id}")
    @ClientHeaderParam(name = HttpHeaders.AUTHORIZATION, value = "{serviceToken}")
    OrderStatus order(@PathParam("id") String orderId, @NotBody String distributorId);

    /** The {@code Authorization} of a call: a token for the distributor the call names (its second parameter). */
    default String serviceToken(ComputedParamContext call) {
        Object distributorId = call.methodParameters().get(1).value();
        return "Bearer "
                + Jwt.subject("storefront-alias-service")
                        .groups(SUITE_SERVICE)
                        .claim("distributor", distributorId)
                        .sign();
    }

    /** The part of order-service's order the alias service reads. */
    record OrderStatus(String status) {}

    /** order-service's own "no such order", told by its problem code. */
    final class OrderNotFoundException extends RuntimeException {
        OrderNotFoundException() {
            super("ORDER_NOT_FOUND", null, false, false);
        }
    }

    /**
     * A 404 is order-service's "no such order" only with its problem code: a 404 of anything in between (a proxy,
     * a wrong route) leaves the default refusal.
     */
    class Problems implements ResponseExceptionMapper<OrderNotFoundException> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status == Response.Status.NOT_FOUND.getStatusCode();
        }

        @Override
        public OrderNotFoundException toThrowable(Response response) {
            try {
                boolean orderNotFound = response.hasEntity()
                        && "ORDER_NOT_FOUND"
                                .equals(JSON.readTree(response.readEntity(String.class))
                                        .path("code")
                                        .asText());
                return orderNotFound ? new OrderNotFoundException() : null;
            } catch (JsonProcessingException | ProcessingException e) {
                return null;
            }
        }
    }
}

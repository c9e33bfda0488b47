package com.resellerplans.storefront.alias.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.http.UnsentCalls;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks order-service what became of an order. The reconciliation acts for no person, so it calls with a
 * one-minute service token of its own (group {@value #SUITE_SERVICE}, the order's distributor) signed with the
 * configured service key; order-service's internal route accepts only that group, within that distributor.
 */
@ApplicationScoped
public class OrderLedger {
    static final String SUITE_SERVICE = "suite-service";
    private static final Logger LOG = Logger.getLogger(OrderLedger.class);

    private final OrderServiceClient client;
    private final ObjectMapper json;

    OrderLedger(@RestClient OrderServiceClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    public OrderOutcome outcomeOf(String distributorId, String orderId) {
        try (Response response = answerOf(distributorId, orderId)) {
            JsonNode body = response.hasEntity() ? json.readTree(response.readEntity(String.class)) : null;
            if (response.getStatus() == 200 && body != null) {
                return "EXECUTED".equals(body.path("status").asText()) ? OrderOutcome.EXECUTED
                        : OrderOutcome.NOT_EXECUTED;
            }
            // only order-service's own "no such order" frees an alias, never a 404 of something in between
            if (response.getStatus() == 404 && body != null && "ORDER_NOT_FOUND".equals(body.path("code").asText())) {
                return OrderOutcome.NOT_EXECUTED;
            }
            LOG.warnf("order-service answered %d about order %s", response.getStatus(), orderId);
            return OrderOutcome.UNKNOWN;
        } catch (IOException | ProcessingException e) {
            LOG.warnf("order-service gave no usable answer about order %s: %s", orderId, e.getMessage());
            return OrderOutcome.UNKNOWN;
        }
    }

    private Response answerOf(String distributorId, String orderId) {
        String token = Jwt.subject("storefront-alias-service").groups(SUITE_SERVICE)
                .claim("distributor", distributorId).sign();
        try {
            return UnsentCalls.retriedOnceIfUnsent(() -> client.order(orderId, "Bearer " + token));
        } catch (WebApplicationException e) {
            return e.getResponse();
        }
    }
}

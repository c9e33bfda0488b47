package com.resellerplans.storefront.alias.client;

import com.resellerplans.http.UnsentCalls;
import com.resellerplans.storefront.alias.client.OrderServiceClient.OrderNotFoundException;
import com.resellerplans.storefront.alias.client.OrderServiceClient.OrderStatus;
import com.resellerplans.storefront.alias.domain.OrderLedger;
import com.resellerplans.storefront.alias.domain.OrderOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Asks order-service what became of an order; any answer but the order or its "no such order" is no answer. */
@ApplicationScoped
public class OrderServiceLedger implements OrderLedger {
    private static final Logger LOG = Logger.getLogger(OrderServiceLedger.class);

    private final OrderServiceClient client;

    OrderServiceLedger(@RestClient OrderServiceClient client) {
        this.client = client;
    }

    @Override
    public OrderOutcome outcomeOf(String distributorId, String orderId) {
        try {
            OrderStatus order = UnsentCalls.retriedOnceIfUnsent(() -> client.order(orderId, distributorId));
            if (order == null) {
                LOG.warnf("order-service answered without a body about order %s", orderId);
                return OrderOutcome.UNKNOWN;
            }
            return "EXECUTED".equals(order.status()) ? OrderOutcome.EXECUTED : OrderOutcome.NOT_EXECUTED;
        } catch (OrderNotFoundException e) {
            // only order-service's own "no such order" frees an alias, never a 404 of something in between
            return OrderOutcome.NOT_EXECUTED;
        } catch (WebApplicationException e) {
            LOG.warnf(
                    "order-service answered %d about order %s", e.getResponse().getStatus(), orderId);
            return OrderOutcome.UNKNOWN;
        } catch (ProcessingException e) {
            LOG.warnf("order-service gave no usable answer about order %s: %s", orderId, e.getMessage());
            return OrderOutcome.UNKNOWN;
        }
    }
}

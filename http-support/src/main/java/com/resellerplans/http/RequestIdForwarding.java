package com.resellerplans.http;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Passes the current request id on to every service this one calls with a REST client. */
@Provider
@ConstrainedTo(RuntimeType.CLIENT)
public class RequestIdForwarding implements ClientRequestFilter {
    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIdLogging.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(RequestIdLogging.HEADER)) {
            request.getHeaders().putSingle(RequestIdLogging.HEADER, id);
        }
    }
}

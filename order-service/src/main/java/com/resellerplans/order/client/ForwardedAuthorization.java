package com.resellerplans.order.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Calls the neighbours with the caller's own token: the incoming request's {@code Authorization} goes on every
 * call, so each neighbour checks the same caller again. (The request id travels by http-support's
 * {@code RequestIdForwarding}, on every client of the suite.)
 */
public class ForwardedAuthorization implements ClientHeadersFactory {
    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incomingHeaders, MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> forwarded = new MultivaluedHashMap<>();
        String authorization = incomingHeaders.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            forwarded.putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        return forwarded;
    }
}

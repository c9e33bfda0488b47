package com.resellerplans.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose decoded path or query carries a NUL character ({@code %00}) with 400
 * {@code MALFORMED_REQUEST}: PostgreSQL refuses NUL in any text parameter, so a lookup by such an id or filter
 * would fail in the driver (a 500) instead of finding nothing.
 */
public class NulCharacterGuard {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        if (carriesNul(request.getUriInfo().getPath(), request.getUriInfo().getQueryParameters())) {
            return Problem.of(400, "MALFORMED_REQUEST", "The path or query contains a NUL character (%00).")
                    .toResponse();
        }
        return null;
    }

    static boolean carriesNul(String decodedPath, MultivaluedMap<String, String> decodedQuery) {
        if (decodedPath.indexOf('\0') >= 0) {
            return true;
        }
        for (Map.Entry<String, List<String>> parameter : decodedQuery.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\0') >= 0)) {
                return true;
            }
        }
        return false;
    }
}

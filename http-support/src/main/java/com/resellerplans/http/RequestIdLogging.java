package com.resellerplans.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the gateway's {@code X-Request-Id} into the logging MDC ({@code requestId}) for the whole request; the
 * MDC lives in the request's Vert.x context, so it ends with the request.
 */
public class RequestIdLogging {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    // the id ends up in log lines: the plain tokens the gateway accepts, anything else is dropped
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (id != null && ACCEPTABLE.matcher(id).matches()) {
            MDC.put(MDC_KEY, id);
        }
    }
}

package com.resellerplans.order.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.order.domain.DependencyUnavailableException;
import com.resellerplans.order.domain.NeighbourRefusedException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.jboss.logging.Logger;

/**
 * Turns a neighbour's answer other than a success into a domain refusal: its problem+json refusals (404, 409,
 * 422, 403) keep their code, detail and extra members; any other answer, or one without a code, is
 * {@code DEPENDENCY_UNAVAILABLE}. Each client registers its own subclass, which names the neighbour.
 */
abstract class NeighbourProblems implements ResponseExceptionMapper<DomainException> {
    private static final Logger LOG = Logger.getLogger(NeighbourProblems.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "code", "detail");
    private static final Map<Integer, Refusal> REFUSALS =
            Map.of(404, Refusal.NOT_FOUND, 409, Refusal.CONFLICT, 422, Refusal.INVALID, 403, Refusal.FORBIDDEN);

    private final String neighbour;

    NeighbourProblems(String neighbour) {
        this.neighbour = neighbour;
    }

    /** Every answer but a success; a call that got no answer (status 0) stays the client's own failure. */
    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 300;
    }

    @Override
    public DomainException toThrowable(Response response) {
        int status = response.getStatus();
        Refusal refusal = REFUSALS.get(status);
        Map<String, Object> problem = problemOf(response);
        if (refusal == null || !(problem.get("code") instanceof String code)) {
            LOG.warnf("%s failed with status %d", neighbour, status);
            return new DependencyUnavailableException(neighbour);
        }
        Map<String, Object> extensions = new LinkedHashMap<>(problem);
        extensions.keySet().removeAll(STANDARD_MEMBERS);
        return new NeighbourRefusedException(refusal, code, String.valueOf(problem.get("detail")), extensions);
    }

    private Map<String, Object> problemOf(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            LOG.warnf("%s answered something unreadable: %s", neighbour, e.getMessage());
            return Map.of();
        }
    }
}

package com.resellerplans.order.remote.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.domain.Refusal;
import com.resellerplans.http.UnsentCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Turns a neighbour's answer into a value or a domain refusal: its problem+json refusals (404, 409, 422,
 * 403) keep their code, detail and extra members; no answer, a timeout or a failure of its own is
 * {@code DEPENDENCY_UNAVAILABLE}.
 */
@ApplicationScoped
class NeighbourAnswers {
    private static final Logger LOG = Logger.getLogger(NeighbourAnswers.class);
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "code", "detail");
    private static final Map<Integer, Refusal> REFUSALS = Map.of(
            404, Refusal.NOT_FOUND, 409, Refusal.CONFLICT, 422, Refusal.INVALID, 403, Refusal.FORBIDDEN);

    private final ObjectMapper json;
    private final TransactionManager transactionManager;

    NeighbourAnswers(ObjectMapper json, TransactionManager transactionManager) {
        this.json = json;
        this.transactionManager = transactionManager;
    }

    /** Calls the neighbour and reads a successful answer as {@code type} (null for an empty one). */
    <T> T call(String neighbour, Supplier<Response> call, Class<T> type) {
        try (Response response = answerOf(neighbour, call)) {
            int status = response.getStatus();
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            if (status >= 200 && status < 300) {
                return body == null || body.isBlank() || type == Void.class ? null : json.readValue(body, type);
            }
            throw refusalOf(neighbour, status, body);
        } catch (JsonProcessingException | ProcessingException e) {
            LOG.warnf("%s answered something unreadable: %s", neighbour, e.getMessage());
            throw new DependencyUnavailableException(neighbour);
        }
    }

    /**
     * The JTA transaction is suspended while the neighbour is called: the REST client would otherwise carry it
     * onto its I/O thread, and a rollback racing that thread was seen to leave the transaction's writes behind.
     * A call no instance received is sent once more (to another instance).
     */
    private Response answerOf(String neighbour, Supplier<Response> call) {
        Transaction suspended = suspend();
        try {
            return UnsentCalls.retriedOnceIfUnsent(call);
        } catch (WebApplicationException e) {
            return e.getResponse();
        } catch (ProcessingException e) {
            LOG.warnf("%s did not answer: %s", neighbour, e.getMessage());
            throw new DependencyUnavailableException(neighbour);
        } finally {
            resume(suspended);
        }
    }

    private Transaction suspend() {
        try {
            return transactionManager.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("Could not suspend the transaction around a neighbour call", e);
        }
    }

    private void resume(Transaction suspended) {
        if (suspended == null) {
            return;
        }
        try {
            transactionManager.resume(suspended);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("Could not resume the transaction after a neighbour call", e);
        }
    }

    private RuntimeException refusalOf(String neighbour, int status, String body) throws JsonProcessingException {
        Refusal refusal = REFUSALS.get(status);
        Map<String, Object> problem = body == null || body.isBlank() ? Map.of()
                : json.readValue(body, new TypeReference<Map<String, Object>>() { });
        if (refusal == null || !(problem.get("code") instanceof String code)) {
            LOG.warnf("%s failed with status %d", neighbour, status);
            return new DependencyUnavailableException(neighbour);
        }
        Map<String, Object> extensions = new LinkedHashMap<>(problem);
        extensions.keySet().removeAll(STANDARD_MEMBERS);
        return new NeighbourRefusedException(refusal, code, String.valueOf(problem.get("detail")), extensions);
    }
}

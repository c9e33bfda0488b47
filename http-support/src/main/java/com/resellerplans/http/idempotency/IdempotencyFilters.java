package com.resellerplans.http.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.http.Problem;
import com.resellerplans.http.conflict.ConcurrentUpdateException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes every {@code POST} that carries an {@code Idempotency-Key} safe to retry: the first request claims
 * the key and its answer is kept; a retry with the same body gets that answer again, with another body
 * {@code 422 IDEMPOTENCY_KEY_REUSED}, and while the first still runs {@code 409 IDEMPOTENCY_KEY_IN_USE}.
 * An answer of 500 or more, or {@code 409 CONCURRENT_UPDATE}, is not kept: the key is freed so that a retry runs
 * the request again. On an {@link Idempotent} endpoint a successful answer is kept by {@link IdempotentWork} in
 * the work's own transaction; these filters keep refusals, whose work rolled back, and the answers of other
 * endpoints.
 *
 * <p>Both filters run on the worker thread of our blocking endpoints (filters follow their endpoint's
 * thread), after the route matched, so the store's blocking JDBC calls are allowed there.
 */
public class IdempotencyFilters {
    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    private final IdempotencyRecords records;
    private final ClaimedKey claimed;
    private final JsonWebToken token;
    private final ObjectMapper json;

    IdempotencyFilters(IdempotencyRecords records, ClaimedKey claimed, JsonWebToken token, ObjectMapper json) {
        this.records = records;
        this.claimed = claimed;
        this.token = token;
        this.json = json;
    }

    @ServerRequestFilter
    public Response claimKey(ContainerRequestContext request) throws IOException {
        List<String> keys = request.getHeaders().get(KEY_HEADER);
        if (!HttpMethod.POST.equals(request.getMethod())
                || keys == null
                || keys.isEmpty()
                || token.getRawToken() == null) {
            return null; // not keyed, or anonymous: the endpoint answers 401 and nothing is kept
        }
        if (keys.size() != 1 || !IdempotencyScope.isWellFormedKey(keys.get(0))) {
            return Problem.of(
                            422,
                            "IDEMPOTENCY_KEY_INVALID",
                            "Idempotency-Key must be one value of 1 to 255 printable ASCII characters.")
                    .toResponse();
        }
        byte[] body = readBody(request);
        IdempotencyScope scope = new IdempotencyScope(
                orEmpty(token.getClaim("distributor")),
                orEmpty(token.getSubject()),
                IdempotencyScope.route(request.getMethod(), request.getUriInfo().getPath()),
                keys.get(0));
        ClaimOutcome outcome = records.claim(scope, RequestFingerprint.of(body));
        return switch (outcome.verdict()) {
            case CLAIMED -> {
                claimed.claim(scope);
                yield null;
            }
            case REPLAY -> replay(outcome.answer());
            case IN_USE ->
                Problem.of(
                                409,
                                "IDEMPOTENCY_KEY_IN_USE",
                                "A request with this Idempotency-Key is still running; retry later.")
                        .toResponse();
            case REUSED ->
                Problem.of(
                                422,
                                "IDEMPOTENCY_KEY_REUSED",
                                "This Idempotency-Key was already used with another request body.")
                        .toResponse();
        };
    }

    @ServerResponseFilter
    public void keepAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        IdempotencyScope scope = claimed.scope();
        if (scope == null) {
            return;
        }
        try {
            if (response.getStatus() >= 500 || isLostRace(response)) {
                records.release(scope);
            } else if (!claimed.isAnswerKept()) {
                // kept before the answer is written, so a retry that follows the answer finds it complete
                records.complete(
                        scope,
                        StoredAnswer.of(
                                response.getStatus(),
                                response.getMediaType(),
                                response.getHeaderString(HttpHeaders.LOCATION),
                                response.getEntity(),
                                json));
            }
        } catch (RuntimeException e) {
            // the caller still gets its real answer; the key frees itself when its lease ends
            LOG.warnf(e, "Could not keep the answer for Idempotency-Key on %s", scope.route());
        }
    }

    /** A command that lost its races did nothing and may succeed when run again: its key is freed, not kept. */
    private static boolean isLostRace(ContainerResponseContext response) {
        return response.getEntity() instanceof Problem problem && ConcurrentUpdateException.CODE.equals(problem.code());
    }

    /** Reads the body for its fingerprint and puts it back for the endpoint's own reader. */
    private static byte[] readBody(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        try (InputStream entity = request.getEntityStream()) {
            byte[] body = entity.readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        }
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder replayed = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        if (answer.location() != null) {
            replayed.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body() != null && answer.body().length > 0) {
            replayed.entity(answer.body()).type(answer.contentType());
        }
        return replayed.build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

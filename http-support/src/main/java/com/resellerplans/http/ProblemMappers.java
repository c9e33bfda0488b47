package com.resellerplans.http;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.http.conflict.ConcurrentUpdateException;
import com.resellerplans.http.conflict.Conflicts;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every refusal into {@code application/problem+json}: the one place a status is chosen. A reply
 * never carries a stack trace, a class name or SQL; unexpected failures are logged here and answered 500.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(DomainException refusal) {
        return Problem.of(statusOf(refusal.refusal()), refusal.code(), refusal.getMessage(), refusal.extensions())
                .toResponse();
    }

    /** The one mapping of a refusal kind to its HTTP status (also used by the dead-letter routes). */
    public static int statusOf(Refusal refusal) {
        return switch (refusal) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 422;
            case FORBIDDEN -> 403;
            case UNAVAILABLE -> 503;
        };
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid) {
        List<Map<String, String>> violations = invalid.getConstraintViolations().stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .map(ProblemMappers::describe)
                .toList();
        return Problem.of(422, "INVALID_REQUEST", "Some values are not acceptable.", Map.of("violations", violations))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidQueryParameter(TypedQueryParameters.InvalidQueryParameterException invalid) {
        Map<String, String> violation = Map.of("field", invalid.parameter, "message", invalid.rule);
        return Problem.of(
                        422,
                        "INVALID_REQUEST",
                        "Some values are not acceptable.",
                        Map.of("violations", List.of(violation)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException unauthenticated) {
        return Problem.of(401, "UNAUTHENTICATED", "A valid bearer token is required.")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException failed) {
        return Problem.of(401, "UNAUTHENTICATED", "A valid bearer token is required.")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden) {
        return Problem.of(403, "FORBIDDEN", "This role may not call this route.")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        Problem problem = switch (status) {
            case 400 ->
                Problem.of(400, "MALFORMED_REQUEST", "The request body is not valid JSON of the expected shape.");
            case 404 -> Problem.of(404, "NOT_FOUND", "No such resource.");
            case 405 -> Problem.of(405, "METHOD_NOT_ALLOWED", "This method is not allowed here.");
            case 406 -> Problem.of(406, "NOT_ACCEPTABLE", "This resource answers JSON only.");
            case 413 -> Problem.of(413, "BODY_TOO_LARGE", "The request body is too large.");
            case 415 -> Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", "Send application/json.");
            default ->
                status >= 500
                        ? unexpectedProblem(web)
                        : Problem.of(status, "REQUEST_REFUSED", "The request was refused.");
        };
        return problem.toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException failure) {
        if (Conflicts.isConflict(failure)) {
            // a command without @RetryOnConflict lost a race: nothing was done, the caller may simply retry
            return refused(new ConcurrentUpdateException());
        }
        return unexpectedProblem(failure).toResponse();
    }

    /** Logs the failure and answers the one problem every unexpected failure gets (the dead-letter routes too). */
    public static Problem unexpectedProblem(Throwable failure) {
        LOG.error("Unexpected failure while serving a request", failure);
        return Problem.of(500, "INTERNAL_ERROR", "Something went wrong on our side; it has been logged.");
    }

    private static Map<String, String> describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return Map.of("field", field, "message", violation.getMessage());
    }
}

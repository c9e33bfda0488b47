package com.resellerplans.http.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Runs an {@link Idempotent} endpoint that claimed a key in one transaction with keeping its answer; the
 * endpoint's own transactions join it. A refusal thrown by the work rolls it back and is kept afterwards by
 * {@link IdempotencyFilters}, like every answer of an endpoint that is not {@code @Idempotent}.
 */
@Idempotent
@Interceptor
// inside ConflictRetry (PLATFORM_BEFORE), which runs this transaction again after a lost race
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
class IdempotentWork {
    private final ClaimedKey claimed;
    private final IdempotencyRecords records;
    private final ObjectMapper json;

    IdempotentWork(ClaimedKey claimed, IdempotencyRecords records, ObjectMapper json) {
        this.claimed = claimed;
        this.records = records;
        this.json = json;
    }

    @AroundInvoke
    Object runWithItsAnswer(InvocationContext invocation) throws Exception {
        IdempotencyScope scope = claimed.scope();
        if (scope == null) {
            return invocation.proceed();
        }
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            Object answer = invocation.proceed();
            StoredAnswer stored = answerOf(answer);
            boolean kept = stored.status() < 500;
            if (kept) {
                records.complete(scope, stored);
            }
            return new Outcome(answer, kept);
        });
        // only once committed: an attempt whose commit lost a race kept nothing, and ConflictRetry runs it again
        if (outcome.answerKept()) {
            claimed.answerKept();
        }
        return outcome.answer();
    }

    private record Outcome(Object answer, boolean answerKept) {}

    private StoredAnswer answerOf(Object answer) {
        if (answer instanceof Response response) {
            return StoredAnswer.of(
                    response.getStatus(),
                    response.getMediaType(),
                    response.getHeaderString(HttpHeaders.LOCATION),
                    response.getEntity(),
                    json);
        }
        return StoredAnswer.of(answer == null ? 204 : 200, null, null, answer, json);
    }
}

package com.resellerplans.http.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The key this request claimed, and whether its answer is already kept, shared by the filters and the work. */
@RequestScoped
class ClaimedKey {
    private IdempotencyScope scope;
    private boolean answerKept;

    void claim(IdempotencyScope claimed) {
        scope = claimed;
    }

    IdempotencyScope scope() {
        return scope;
    }

    void answerKept() {
        answerKept = true;
    }

    boolean isAnswerKept() {
        return answerKept;
    }
}

package com.resellerplans.http.idempotency;

/** What the key's record says about a request that carries it. */
record ClaimOutcome(Verdict verdict, StoredAnswer answer) {
    static final ClaimOutcome CLAIMED = new ClaimOutcome(Verdict.CLAIMED, null);
    static final ClaimOutcome IN_USE = new ClaimOutcome(Verdict.IN_USE, null);
    static final ClaimOutcome REUSED = new ClaimOutcome(Verdict.REUSED, null);

    static ClaimOutcome replay(StoredAnswer answer) {
        return new ClaimOutcome(Verdict.REPLAY, answer);
    }

    enum Verdict {
        /** This request holds the key now and runs; its answer will be kept. */
        CLAIMED,
        /** The same request was answered before: send that answer again. */
        REPLAY,
        /** The same request is still running elsewhere. */
        IN_USE,
        /** The key was used for a different body. */
        REUSED
    }
}

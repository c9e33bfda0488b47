package com.resellerplans.http;

/** The kind of a refusal, which decides its HTTP status at the edge; domain code never names a status. */
public enum Refusal {
    /** The object does not exist for this caller (also another tenant's or reseller's object). */
    NOT_FOUND(404),
    /** The request conflicts with the current state. */
    CONFLICT(409),
    /** A value is not acceptable. */
    INVALID(422),
    /** The caller may not do this. */
    FORBIDDEN(403),
    /** A dependency needed to answer is unavailable. */
    UNAVAILABLE(503);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}

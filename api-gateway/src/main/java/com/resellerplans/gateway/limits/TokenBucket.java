package com.resellerplans.gateway.limits;

/** One caller's budget: {@code capacity} requests at once, refilled at a steady rate. */
final class TokenBucket {

    private final long capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(long capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes one token: 0 when there was one, else the nanoseconds until the next one. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }
}

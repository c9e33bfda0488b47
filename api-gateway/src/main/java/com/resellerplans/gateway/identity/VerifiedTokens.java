package com.resellerplans.gateway.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens this replica verified already, each kept until it expires: a caller sends the same token with every
 * request of its lifetime, and checking its RS256 signature again was most of the gateway's CPU per request.
 * The key is the whole token, signature included, so only the very bytes that verified are found. The map is
 * access-ordered and bounded: past {@code capacity} the token unused the longest is forgotten (its next request
 * is verified again).
 */
final class VerifiedTokens {

    private final Map<String, JsonWebToken> tokens;
    private final boolean enabled;

    VerifiedTokens(int capacity) {
        this.enabled = capacity > 0;
        this.tokens = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JsonWebToken> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The token as verified before, if it is kept and not expired at {@code nowEpochSecond}. */
    JsonWebToken find(String token, long nowEpochSecond) {
        if (!enabled) {
            return null;
        }
        synchronized (tokens) {
            JsonWebToken verified = tokens.get(token);
            if (verified != null && verified.getExpirationTime() <= nowEpochSecond) {
                tokens.remove(token);
                return null;
            }
            return verified;
        }
    }

    void keep(String token, JsonWebToken verified) {
        if (enabled) {
            synchronized (tokens) {
                tokens.put(token, verified);
            }
        }
    }
}

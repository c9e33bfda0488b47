package com.resellerplans.http.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What "the same body" means for a repeated key: the SHA-256 of the exact request bytes, so only a true
 * retry replays and anything else (even reformatted JSON) counts as another body.
 */
public final class RequestFingerprint {
    private RequestFingerprint() {}

    /** The lower-case hex SHA-256 of the body (an absent body is the empty one). */
    public static String of(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}

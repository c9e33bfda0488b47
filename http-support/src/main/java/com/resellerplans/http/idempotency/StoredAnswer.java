package com.resellerplans.http.idempotency;

/** The first answer to a keyed request, as it is replayed: status, content type, Location and body bytes. */
public record StoredAnswer(int status, String contentType, String location, byte[] body) {
}

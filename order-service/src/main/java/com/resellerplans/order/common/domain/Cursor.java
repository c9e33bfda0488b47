package com.resellerplans.order.common.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** A keyset position (created_at, id), opaque to callers: base64url of both values. */
public record Cursor(Instant createdAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((createdAt + "|" + id).getBytes(UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), UTF_8).split("\\|", 2);
            return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new DomainException(Refusal.INVALID, "INVALID_CURSOR", "The cursor is not one this list gave out.");
        }
    }
}

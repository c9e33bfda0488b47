package com.resellerplans.storefront.storefront.domain;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where a list page ends: the keyset (created_at, id), opaque to clients as base64. */
record PageCursor(Instant createdAt, UUID id) {
    static PageCursor after(Storefront last) {
        return new PageCursor(last.createdAt, last.id);
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new DomainException(Refusal.INVALID, "CURSOR_INVALID", "The cursor is not one this list gave out.");
        }
    }
}

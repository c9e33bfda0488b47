package com.resellerplans.notification.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Where a newest-first page ended: the (created_at, id) of its last item, opaque to clients. */
public record PageCursor(Instant createdAt, UUID id) {

    public String encode() {
        String plain = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; anything unreadable is a refusal, never a 500. */
    public static Optional<PageCursor> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            return Optional.of(new PageCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            throw new InvalidDeliveryQueryException("INVALID_CURSOR", "The cursor is not one this service issued.");
        }
    }
}

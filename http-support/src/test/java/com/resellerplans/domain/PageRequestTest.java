package com.resellerplans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    private record Row(Instant createdAt, UUID id) {}

    @Test
    void theLimitDefaultsTo20AndStaysWithin1And100() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(20);
        assertThat(PageRequest.of(null, 500).limit()).isEqualTo(100);
        assertThat(PageRequest.of(null, 0).limit()).isEqualTo(1);
    }

    @Test
    void theNextCursorContinuesAfterTheLastRowShown() {
        Row first = new Row(Instant.parse("2026-01-01T10:00:00.123456Z"), UUID.randomUUID());
        Row second = new Row(Instant.parse("2026-01-01T10:00:01Z"), UUID.randomUUID());
        Row third = new Row(Instant.parse("2026-01-01T10:00:02Z"), UUID.randomUUID());

        Page<Row> page = PageRequest.of(null, 1).page(List.of(first, second), Row::createdAt, Row::id);
        PageRequest next = PageRequest.of(page.nextCursor(), 2);

        assertThat(page.items()).containsExactly(first);
        assertThat(next.afterCreatedAt()).isEqualTo(first.createdAt());
        assertThat(next.afterId()).isEqualTo(first.id());
        assertThat(next.page(List.of(second, third), Row::createdAt, Row::id).nextCursor())
                .isNull();
    }

    @Test
    void theKeysetConditionFollowsTheOrder() {
        PageRequest after = PageRequest.of(
                PageRequest.of(null, 1)
                        .page(
                                List.of(new Row(Instant.EPOCH, new UUID(0, 1)), new Row(Instant.EPOCH, new UUID(0, 2))),
                                Row::createdAt,
                                Row::id)
                        .nextCursor(),
                1);
        Map<String, Object> parameters = new HashMap<>();

        assertThat(PageRequest.of(null, 1).restrict("a = 1", parameters)).isEqualTo("a = 1");
        assertThat(parameters).isEmpty();
        assertThat(after.restrict("a = 1", parameters)).contains("createdAt > :afterCreatedAt", "id > :afterId");
        assertThat(after.restrictNewestFirst("a = 1", parameters))
                .contains("createdAt < :afterCreatedAt", "id < :afterId");
        assertThat(parameters).containsEntry("afterCreatedAt", Instant.EPOCH).containsEntry("afterId", new UUID(0, 1));
    }

    @Test
    void aCursorThisListDidNotGiveOutIsRefused() {
        for (String cursor : List.of("not-a-cursor", "bm90aGluZw", "MjAyNi0wMS0wMXxub3QtYS11dWlk")) {
            assertThatThrownBy(() -> PageRequest.of(cursor, null))
                    .isInstanceOfSatisfying(DomainException.class, refused -> {
                        assertThat(refused.code()).isEqualTo("INVALID_CURSOR");
                        assertThat(refused.refusal()).isEqualTo(Refusal.INVALID);
                    });
        }
    }
}

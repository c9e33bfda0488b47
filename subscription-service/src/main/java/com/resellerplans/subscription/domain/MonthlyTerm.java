package com.resellerplans.subscription.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A subscription's monthly terms: it renews every calendar month on the day it started (UTC) at the same
 * time of day. A month without that day renews on its last day, and the anchor day is kept for the months
 * after (Jan 31 → Feb 28 → Mar 31).
 */
public record MonthlyTerm(Instant startedAt, int anchorDay) implements Term {

    public static MonthlyTerm startingAt(Instant startedAt) {
        return new MonthlyTerm(startedAt, startedAt.atZone(ZoneOffset.UTC).getDayOfMonth());
    }

    /** The n-th renewal after the start (n ≥ 1). */
    public Instant renewal(long n) {
        ZonedDateTime start = startedAt.atZone(ZoneOffset.UTC);
        YearMonth month = YearMonth.from(start).plusMonths(n);
        return start.withDayOfMonth(1)
                .withYear(month.getYear())
                .withMonth(month.getMonthValue())
                .withDayOfMonth(Math.min(anchorDay, month.lengthOfMonth()))
                .toInstant();
    }

    /** The end of the term running at {@code at}: the first renewal strictly after it. */
    @Override
    public Instant endOfTermAt(Instant at) {
        long n = Math.max(1, ChronoUnit.MONTHS.between(startedAt.atZone(ZoneOffset.UTC), at.atZone(ZoneOffset.UTC)));
        while (n > 1 && renewal(n - 1).isAfter(at)) {
            n--;
        }
        while (!renewal(n).isAfter(at)) {
            n++;
        }
        return renewal(n);
    }
}

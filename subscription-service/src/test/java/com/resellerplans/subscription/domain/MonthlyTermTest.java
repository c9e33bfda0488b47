package com.resellerplans.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonthlyTermTest {
    private final MonthlyTerm fromJan31 = MonthlyTerm.startingAt(Instant.parse("2027-01-31T10:15:00Z"));

    @Test
    void anchorIsTheStartDay() {
        assertThat(fromJan31.anchorDay()).isEqualTo(31);
    }

    @Test
    void aMonthWithoutTheAnchorDayRenewsOnItsLastDayAndTheAnchorIsKept() {
        assertThat(fromJan31.renewal(1)).isEqualTo("2027-02-28T10:15:00Z");
        assertThat(fromJan31.renewal(2)).isEqualTo("2027-03-31T10:15:00Z");
        assertThat(fromJan31.renewal(3)).isEqualTo("2027-04-30T10:15:00Z");
    }

    @Test
    void leapYearFebruaryEndsOnThe29th() {
        MonthlyTerm leap = MonthlyTerm.startingAt(Instant.parse("2028-01-31T00:00:00Z"));
        assertThat(leap.renewal(1)).isEqualTo("2028-02-29T00:00:00Z");
        assertThat(leap.renewal(2)).isEqualTo("2028-03-31T00:00:00Z");
    }

    @Test
    void theTermEndIsTheFirstRenewalStrictlyAfterTheGivenTime() {
        assertThat(fromJan31.endOfTermAt(Instant.parse("2027-01-31T10:15:00Z"))).isEqualTo("2027-02-28T10:15:00Z");
        assertThat(fromJan31.endOfTermAt(Instant.parse("2027-02-28T10:14:59Z"))).isEqualTo("2027-02-28T10:15:00Z");
        assertThat(fromJan31.endOfTermAt(Instant.parse("2027-02-28T10:15:00Z"))).isEqualTo("2027-03-31T10:15:00Z");
        assertThat(fromJan31.endOfTermAt(Instant.parse("2027-03-30T00:00:00Z"))).isEqualTo("2027-03-31T10:15:00Z");
        assertThat(fromJan31.endOfTermAt(Instant.parse("2028-01-01T00:00:00Z"))).isEqualTo("2028-01-31T10:15:00Z");
    }

    @Test
    void termsRollOverTheYear() {
        MonthlyTerm fromDec15 = MonthlyTerm.startingAt(Instant.parse("2026-12-15T08:00:00Z"));
        assertThat(fromDec15.renewal(1)).isEqualTo("2027-01-15T08:00:00Z");
        assertThat(fromDec15.endOfTermAt(Instant.parse("2027-01-20T00:00:00Z"))).isEqualTo("2027-02-15T08:00:00Z");
    }
}

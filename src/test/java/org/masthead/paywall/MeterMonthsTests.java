package org.masthead.paywall;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Months are calendar months in the publication's time zone, not UTC's. */
class MeterMonthsTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aNewMonthStartsAtMidnightInThePublicationsZone() {
        assertThat(MeterMonths.of(Instant.parse("2026-11-30T18:29:59Z"), KOLKATA)).isEqualTo(202611);
        assertThat(MeterMonths.of(Instant.parse("2026-11-30T18:30:00Z"), KOLKATA)).isEqualTo(202612);
        assertThat(MeterMonths.of(Instant.parse("2026-12-01T07:59:59Z"), LOS_ANGELES)).isEqualTo(202611);
        assertThat(MeterMonths.of(Instant.parse("2026-12-01T08:00:00Z"), LOS_ANGELES)).isEqualTo(202612);
        assertThat(MeterMonths.of(Instant.parse("2026-12-31T18:30:00Z"), KOLKATA)).isEqualTo(202701);
    }

    @Test
    void pruningKeepsThePreviousMonthAcrossAYearEnd() {
        assertThat(MeterJobs.previous(202612)).isEqualTo(202611);
        assertThat(MeterJobs.previous(202701)).isEqualTo(202612);
    }

    @Test
    void theAnonymousMeterPayloadNamesItsMonthAndIgnoresAnyOther() {
        String payload = AnonymousMeter.payload(202611, java.util.List.of(42L, 1_000_000L));
        assertThat(AnonymousMeter.parse(payload, 202611)).containsExactly(42L, 1_000_000L);
        assertThat(AnonymousMeter.parse(payload, 202612)).as("last month's cookie counts as none").isEmpty();
        assertThat(AnonymousMeter.parse("2~202611~16", 202611)).as("another version").isEmpty();
        assertThat(AnonymousMeter.parse("1~202611~zz!", 202611)).as("garbage").isEmpty();
    }
}

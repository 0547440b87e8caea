package org.masthead.stats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Views are bucketed by UTC hour, whatever the paper's time zone. */
class HoursTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aViewInAHalfHourZoneLandsInTheUtcHourNotThePapersLocalHour() {
        Instant quarterPastTenInKolkata = LocalDateTime.parse("2026-11-30T10:15").atZone(KOLKATA).toInstant();
        assertThat(Hours.start(quarterPastTenInKolkata)).isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
        // local 10:15 and 10:45 are one local hour but two UTC hours (04:45Z and 05:15Z)
        Instant quarterToEleven = LocalDateTime.parse("2026-11-30T10:45").atZone(KOLKATA).toInstant();
        assertThat(Hours.start(quarterToEleven)).isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
        assertThat(Hours.start(quarterToEleven).atZone(KOLKATA).toLocalTime()).as("labelled in the paper's zone")
                .hasToString("10:30");
    }

    @Test
    void theHourThatRepeatsWhenClocksGoBackIsTwoBuckets() {
        LocalDateTime halfPastOne = LocalDateTime.parse("2026-10-25T01:30");
        Instant first = ZonedDateTime.ofLocal(halfPastOne, LONDON, ZoneOffset.ofHours(1)).toInstant(); // BST
        Instant second = ZonedDateTime.ofLocal(halfPastOne, LONDON, ZoneOffset.UTC).toInstant();       // GMT, an hour later
        assertThat(Hours.start(first)).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(Hours.start(second)).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
    }

    @Test
    void aWindowIsTheCurrentHourAndTheWholeHoursBeforeIt() {
        Instant now = Instant.parse("2026-11-30T10:30:00Z");
        assertThat(Hours.since(now, Duration.ofHours(24))).isEqualTo(Instant.parse("2026-11-29T11:00:00Z"));
        assertThat(Hours.since(now, Duration.ofDays(7))).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(Hours.since(now, Duration.ofMinutes(90))).as("rounded up").isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(Hours.since(now, Duration.ofMinutes(10))).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void aSeriesHasOnePointPerHourWithZerosWhereNothingWasCounted() {
        Instant now = Instant.parse("2026-11-30T10:30:00Z");
        Instant since = Hours.since(now, Duration.ofHours(24));
        List<HourlyViews> series = Hours.series(since, now, Map.of(Instant.parse("2026-11-30T09:00:00Z"), 7L));
        assertThat(series).hasSize(24);
        assertThat(series.get(0).hour()).isEqualTo(since);
        assertThat(series.get(23)).isEqualTo(new HourlyViews(Instant.parse("2026-11-30T10:00:00Z"), 0));
        assertThat(series.get(22)).isEqualTo(new HourlyViews(Instant.parse("2026-11-30T09:00:00Z"), 7));
        assertThat(series.stream().mapToLong(HourlyViews::views).sum()).isEqualTo(7);
    }
}

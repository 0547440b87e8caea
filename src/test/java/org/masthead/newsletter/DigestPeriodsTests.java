package org.masthead.newsletter;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a digest is due and which period it is, in the paper's time zone, never the server's. */
class DigestPeriodsTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static NewsletterList list(Cadence cadence, LocalTime at, DayOfWeek day) {
        return new NewsletterList(1, "l", "L", "", ListKind.NEWS, cadence, at, day, "S", "s@example.org", null,
                Audience.EVERYONE, List.of(), false);
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void aDailyDigestIsDueFromItsLocalSendTimeUntilTheLocalDayEnds() {
        NewsletterList daily = list(Cadence.DAILY, LocalTime.of(6, 0), null);
        assertThat(DigestPeriods.due(daily, KOLKATA, local("2026-11-30T05:59:59", KOLKATA))).isEmpty();
        assertThat(DigestPeriods.due(daily, KOLKATA, local("2026-11-30T06:00:00", KOLKATA)))
                .contains(new DigestPeriods.Period("2026-11-30", local("2026-11-30T06:00:00", KOLKATA)));
        assertThat(DigestPeriods.due(daily, KOLKATA, local("2026-11-30T23:59:00", KOLKATA))).get()
                .extracting(DigestPeriods.Period::key).isEqualTo("2026-11-30");
    }

    @Test
    void thePeriodIsTheLocalDateEvenWhereUtcIsStillOnThePreviousDay() {
        NewsletterList daily = list(Cadence.DAILY, LocalTime.of(2, 0), null);
        Instant now = Instant.parse("2026-11-29T21:00:00Z"); // 02:30 on the 30th in Kolkata
        assertThat(DigestPeriods.due(daily, KOLKATA, now)).get().extracting(DigestPeriods.Period::key).isEqualTo("2026-11-30");
        assertThat(DigestPeriods.due(daily, ZoneId.of("UTC"), now)).get().extracting(DigestPeriods.Period::key)
                .isEqualTo("2026-11-29");
    }

    @Test
    void beforeTodaysSendTimeYesterdaysMissedPeriodIsNotOffered() {
        NewsletterList daily = list(Cadence.DAILY, LocalTime.of(6, 0), null);
        assertThat(DigestPeriods.due(daily, NEW_YORK, local("2026-12-01T00:30:00", NEW_YORK))).isEmpty();
    }

    @Test
    void aWeeklyDigestIsDueFromItsDayAndTimeUntilTheIsoWeekEnds() {
        NewsletterList weekly = list(Cadence.WEEKLY, LocalTime.of(7, 0), DayOfWeek.MONDAY);
        assertThat(DigestPeriods.due(weekly, KOLKATA, local("2026-11-30T06:59:00", KOLKATA))).isEmpty();
        assertThat(DigestPeriods.due(weekly, KOLKATA, local("2026-12-03T12:00:00", KOLKATA)))
                .contains(new DigestPeriods.Period("2026-W49", local("2026-11-30T07:00:00", KOLKATA)));
        assertThat(DigestPeriods.due(weekly, KOLKATA, local("2026-12-06T23:59:00", KOLKATA))).get()
                .extracting(DigestPeriods.Period::key).isEqualTo("2026-W49");
        NewsletterList sundays = list(Cadence.WEEKLY, LocalTime.of(18, 0), DayOfWeek.SUNDAY);
        assertThat(DigestPeriods.due(sundays, KOLKATA, local("2026-12-05T20:00:00", KOLKATA))).isEmpty();
    }

    @Test
    void weekKeysFollowTheIsoWeekBasedYear() {
        assertThat(DigestPeriods.key(Cadence.WEEKLY, java.time.LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
        assertThat(DigestPeriods.key(Cadence.WEEKLY, java.time.LocalDate.parse("2026-01-05"))).isEqualTo("2026-W02");
        assertThat(DigestPeriods.key(Cadence.DAILY, java.time.LocalDate.parse("2026-01-05"))).isEqualTo("2026-01-05");
    }

    @Test
    void manualListsAreNeverDue() {
        assertThat(DigestPeriods.due(list(Cadence.MANUAL, null, null), KOLKATA, Instant.now())).isEmpty();
    }

    @Test
    void aFirstDigestReachesBackOneLocalDayOrWeekAcrossDaylightSavingChanges() {
        Instant until = local("2026-11-02T06:00:00", NEW_YORK); // the day after clocks went back
        assertThat(DigestPeriods.onePeriodBefore(Cadence.DAILY, until, NEW_YORK)).isEqualTo(local("2026-11-01T06:00:00", NEW_YORK));
        assertThat(DigestPeriods.onePeriodBefore(Cadence.WEEKLY, until, NEW_YORK)).isEqualTo(local("2026-10-26T06:00:00", NEW_YORK));
    }
}

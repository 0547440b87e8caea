package org.masthead.newsletter;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * When a digest list is due, in the paper's time zone; pure. A daily list's period is the paper's calendar day
 * (key {@code 2026-11-30}), a weekly list's the ISO week, Monday to Sunday (key {@code 2026-W49}). A period is due
 * from its send time until it ends: a node that starts after today's send time still makes today's digest, but a
 * period that ended while no node ran is not made later (yesterday's news is not sent this morning). Rejected:
 * catching up on every missed period, which after an outage would send a burst of stale digests.
 */
final class DigestPeriods {

    /** A period that is due: its key and the instant its digest was meant to go out. */
    record Period(String key, Instant sendAt) { }

    private DigestPeriods() {
    }

    /** The period of {@code list} due at {@code now}, if any (none for manual lists, or before the send time). */
    static Optional<Period> due(NewsletterList list, ZoneId zone, Instant now) {
        if (list.cadence() == Cadence.MANUAL || list.sendTime() == null) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = list.cadence() == Cadence.DAILY ? today
                : today.with(ChronoField.DAY_OF_WEEK, (list.sendDay() == null ? DayOfWeek.MONDAY : list.sendDay()).getValue());
        Instant sendAt = day.atTime(list.sendTime()).atZone(zone).toInstant();
        return now.isBefore(sendAt) ? Optional.empty() : Optional.of(new Period(key(list.cadence(), day), sendAt));
    }

    /** The key of the period holding local date {@code day}: the date, or its ISO week. */
    static String key(Cadence cadence, LocalDate day) {
        if (cadence == Cadence.DAILY) {
            return day.toString();
        }
        int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (week < 10 ? "0" : "") + week;
    }

    /**
     * Where a list's first digest starts: one period (a calendar day or week in the paper's zone) before
     * {@code until}. Later digests start where the previous one ended.
     */
    static Instant onePeriodBefore(Cadence cadence, Instant until, ZoneId zone) {
        ZonedDateTime end = until.atZone(zone);
        return (cadence == Cadence.WEEKLY ? end.minusWeeks(1) : end.minusDays(1)).toInstant();
    }

    /** The local time a list's digest goes out, for screens: "daily at 06:30", "Mondays at 07:00". */
    static String describe(NewsletterList list) {
        return switch (list.cadence()) {
            case DAILY -> "daily at " + list.sendTime();
            case WEEKLY -> plural(list.sendDay()) + " at " + list.sendTime();
            case MANUAL -> "when sent by hand";
        };
    }

    private static String plural(DayOfWeek day) {
        String name = (day == null ? DayOfWeek.MONDAY : day).name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + "s";
    }
}

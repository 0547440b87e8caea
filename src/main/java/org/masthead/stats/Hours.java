package org.masthead.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Views are counted in UTC hours, whatever the paper's time zone: an hour in UTC is always sixty minutes and
 * never repeats, while a local hour can (the night clocks go back) and, in zones such as Asia/Kolkata
 * (+05:30), does not even start on a UTC hour. Charts label the stored hours in the paper's zone.
 */
final class Hours {

    static final Duration HOUR = Duration.ofHours(1);

    private Hours() {
    }

    /** The start of the UTC hour {@code at} falls in. */
    static Instant start(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * The first hour of a window that ends now: the current (partial) hour and the hours before it, as many
     * as the window holds, rounded up — 24 for "the last 24 hours", 168 for a week.
     */
    static Instant since(Instant now, Duration window) {
        long hours = Math.max(1, (window.toMinutes() + 59) / 60);
        return start(now).minus(HOUR.multipliedBy(hours - 1));
    }

    /** One point per hour from {@code since} to the hour of {@code now}, zero where nothing was counted. */
    static List<HourlyViews> series(Instant since, Instant now, Map<Instant, Long> counted) {
        List<HourlyViews> out = new ArrayList<>();
        for (Instant h = since; !h.isAfter(start(now)); h = h.plus(HOUR)) {
            out.add(new HourlyViews(h, counted.getOrDefault(h, 0L)));
        }
        return out;
    }
}

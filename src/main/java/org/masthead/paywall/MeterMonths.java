package org.masthead.paywall;

import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The meter's month: the calendar month in the publication's time zone, as {@code yyyymm} (202611), so a story
 * read at 00:30 on 1 December in Kolkata counts in December there, whatever UTC says.
 */
@Component
class MeterMonths {

    private final Clock clock;
    private final Publication publication;

    MeterMonths(Clock clock, Publication publication) {
        this.clock = clock;
        this.publication = publication;
    }

    int now() {
        return of(clock.instant(), publication.timeZone());
    }

    Instant instant() {
        return clock.instant();
    }

    static int of(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        return t.getYear() * 100 + t.getMonthValue();
    }
}

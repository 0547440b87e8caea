package org.masthead.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as readers see them, in the publication's zone with its abbreviation: "7 January 2022, 8:18 pm IST".
 * The machine-readable form goes in {@code <time datetime>} with the zone offset.
 */
final class Times {

    /** A time for a {@code <time>} element. */
    record Shown(String iso, String text) { }

    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter text;
    private final DateTimeFormatter date;

    Times(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        this.text = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm a zzz", locale);
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    ZoneId zone() {
        return zone;
    }

    Locale locale() {
        return locale;
    }

    Shown shown(Instant at) {
        if (at == null) {
            return null;
        }
        var local = at.atZone(zone);
        return new Shown(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.withNano(0)),
                text.format(local).replace("AM", "am").replace("PM", "pm"));
    }

    String date(Instant at) {
        return date.format(at.atZone(zone));
    }
}

package org.masthead.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * W3C Datetime (the profile of ISO 8601 that sitemaps use), to the second, in the publication's zone:
 * {@code 2026-11-24T18:05:09+05:30}, or {@code Z} at UTC. The same instant as the page's {@code <time>}.
 */
final class W3cDateTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private W3cDateTime() {
    }

    static String format(Instant at, ZoneId zone) {
        return FORMAT.format(at.atZone(zone));
    }
}

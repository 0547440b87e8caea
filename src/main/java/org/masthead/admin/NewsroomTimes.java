package org.masthead.admin;

import org.masthead.platform.PublicationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the article screens, in the paper's time zone with its abbreviation ("Mon 30 Nov, 14:02 IST"). */
@Component
class NewsroomTimes {

    private final ZoneId zone;
    private final DateTimeFormatter when;
    private final Clock clock;

    NewsroomTimes(PublicationProperties publication, Clock clock) {
        this.clock = clock;
        this.zone = publication.timeZone();
        this.when = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(zone);
    }

    String when(Instant at) {
        return at == null ? "" : when.format(at);
    }

    ZoneId zone() {
        return zone;
    }

    /** "Asia/Kolkata (IST)", for the label of a time typed in the paper's zone. */
    String zoneLabel() {
        String shortName = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(clock.instant().atZone(zone));
        return shortName.equals(zone.getId()) ? zone.getId() : zone.getId() + " (" + shortName + ")";
    }
}

package org.masthead.newsletter;

import org.masthead.content.AccessLevel;
import org.masthead.content.NewsroomItem;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and article details on the issue screens, in the paper's time zone with its abbreviation. */
@Component
class IssueTimes {

    private final Publication publication;

    IssueTimes(Publication publication) {
        this.publication = publication;
    }

    /** "30 Nov 2026, 06:12 IST"; empty for none. */
    String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH)
                .withZone(publication.timeZone()).format(at);
    }

    /** "World · 30 Nov 2026, 06:12 IST · Premium" for an article offered to pick. */
    String pickDetail(NewsroomItem i) {
        String access = i.access() == AccessLevel.FREE ? "" : " · " + (i.access() == AccessLevel.PREMIUM ? "Premium" : "Metered");
        return i.section().name() + " · " + when(i.firstPublishedAt()) + access;
    }
}

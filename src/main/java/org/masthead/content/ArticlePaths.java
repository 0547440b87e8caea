package org.masthead.content;

import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The reader URL scheme, {@code /{section}/{yyyy}/{MM}/{dd}/{slug}}, with the date of first publication in
 * the publication's time zone. An article is found by its slug alone; a request whose section or date
 * no longer match (the section changed) is answered with a 301 to the current path.
 */
@Component
public class ArticlePaths {

    private final Publication publication;

    ArticlePaths(Publication publication) {
        this.publication = publication;
    }

    public String path(String sectionSlug, Instant publishedOrCreated, String slug) {
        LocalDate d = publishedOrCreated.atZone(publication.timeZone()).toLocalDate();
        StringBuilder p = new StringBuilder(sectionSlug.length() + slug.length() + 14).append('/').append(sectionSlug)
                .append('/').append(d.getYear()).append('/');
        return twoDigits(twoDigits(p, d.getMonthValue()).append('/'), d.getDayOfMonth()).append('/').append(slug)
                .toString(); // not String.format: this runs for every link on every page
    }

    private static StringBuilder twoDigits(StringBuilder b, int n) {
        return (n < 10 ? b.append('0') : b).append(n);
    }

    public String path(Article a) {
        return path(a.section().slug(), a.firstPublishedAt() != null ? a.firstPublishedAt() : a.createdAt(), a.slug());
    }

    public String url(Article a) {
        return publication.absolute(path(a));
    }
}

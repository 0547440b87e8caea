package org.masthead.site;

import java.time.Instant;
import java.util.List;

/**
 * What a feed says, once, before {@link RssFeed} and {@link AtomFeed} write it in their formats.
 *
 * @param updated the newest entry's {@code updated}, so the same articles always give the same feed
 */
record FeedModel(String title, String description, String pageUrl, String rssUrl, String atomUrl,
                 String language, String logoUrl, Person publisher, Instant updated, List<Entry> entries) {

    /**
     * @param id       permanent id for Atom (a tag: URI: survives a new slug or section, unlike the URL)
     * @param fullHtml the rendered body with absolute links, or null when the feed carries the summary only
     * @param updated  the "Updated" time readers see, or the first publication when there is none
     */
    record Entry(String id, String url, String title, String summary, String fullHtml, Instant published,
                 Instant updated, List<Person> authors, List<String> categories, Enclosure enclosure) { }

    record Person(String name, String url) { }

    /** A file that goes with an entry: its URL, exact length in bytes and MIME type. */
    record Enclosure(String url, long length, String type) { }
}

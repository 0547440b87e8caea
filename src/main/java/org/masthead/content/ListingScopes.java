package org.masthead.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names for the ordered listings of published articles ("all", "section:3", "tag:7", "author:2", the home
 * page's pinned stories, "updated since" queries). Reads note the listings they showed under these names;
 * {@link Membership} says which of them an article is in, so a cache can tell which listings it changes.
 */
public final class ListingScopes {

    public static final String ALL = "all";
    public static final String PINNED = "pinned";
    /** Listings filtered by "changed since": any change to any article may enter them. */
    public static final String UPDATED = "updated";

    private ListingScopes() {
    }

    /**
     * The listings an article is in, all ordered newest first by first publication; {@code at} is where it
     * sorts. Listings not newest-first (pinned, updated) hold every article that could appear in them.
     */
    public record Membership(Instant at, Set<String> scopes) {
    }

    static List<String> of(ArticleFilter f) {
        if (f.updatedSince() != null) {
            return List.of(UPDATED);
        }
        List<String> scopes = new ArrayList<>();
        if (f.sectionId() != null) {
            scopes.add(section(f.sectionId()));
        }
        if (f.tagId() != null) {
            scopes.add(tag(f.tagId()));
        }
        if (f.authorId() != null) {
            scopes.add(author(f.authorId()));
        }
        return scopes.isEmpty() ? List.of(ALL) : scopes;
    }

    static Membership membership(ArticleRow r, List<Long> tagIds, List<Long> authorIds) {
        Set<String> scopes = new LinkedHashSet<>(List.of(ALL, UPDATED, section(r.section().id())));
        if (r.section().parentId() != null) {
            scopes.add(section(r.section().parentId())); // a section lists its sub-sections' articles too
        }
        tagIds.forEach(id -> scopes.add(tag(id)));
        authorIds.forEach(id -> scopes.add(author(id)));
        if (r.homePosition() != null) {
            scopes.add(PINNED);
        }
        return new Membership(r.firstPublishedAt(), scopes);
    }

    static String section(long id) {
        return "section:" + id;
    }

    static String tag(long id) {
        return "tag:" + id;
    }

    static String author(long id) {
        return "author:" + id;
    }
}

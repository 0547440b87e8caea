package org.masthead.content;

import java.time.Instant;

/**
 * Which published articles a listing wants. A section includes its sub-sections. {@code updatedSince}
 * matches any change after that instant (for API clients that sync).
 */
public record ArticleFilter(Long sectionId, Long tagId, Long authorId, Instant updatedSince) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null);

    public static ArticleFilter section(long id) {
        return new ArticleFilter(id, null, null, null);
    }

    public static ArticleFilter tag(long id) {
        return new ArticleFilter(null, id, null, null);
    }

    public static ArticleFilter author(long id) {
        return new ArticleFilter(null, null, id, null);
    }
}

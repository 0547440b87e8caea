package org.masthead.content;

import java.time.Instant;

/** Past-tense facts about articles, carrying ids; other modules (page cache, search, newsletters) react. */
public final class ArticleEvents {
    private ArticleEvents() {
    }

    /** Marker for listeners that treat every kind alike. */
    public sealed interface ArticleChanged permits ArticlePublished, ArticleUpdated, ArticleUnpublished, ArticleDeleted {
        ArticleId id();
    }

    public record ArticlePublished(ArticleId id, Instant at) implements ArticleChanged { }

    public record ArticleUpdated(ArticleId id, Instant at) implements ArticleChanged { }

    public record ArticleUnpublished(ArticleId id, Instant at) implements ArticleChanged { }

    public record ArticleDeleted(ArticleId id, Instant at) implements ArticleChanged { }

    /** A draft was submitted for review; nothing readers see changed, so it is no {@link ArticleChanged}. */
    public record ArticleSubmitted(ArticleId id, Instant at) { }

    /** A section, tag or author was created, renamed or removed; {@code kind} is section, tag or author. */
    public record TaxonomyChanged(String kind, long id, Instant at) { }
}

package org.masthead.content;

import org.masthead.platform.PageDependencies;
import org.masthead.platform.PageDependencies.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads for distribution (sitemaps, newsletter digests): the whole archive in stable pages, the last change of each
 * page, what was published recently, the tags and authors in use. Like {@link ArticleQueries}, each read notes
 * what it showed in {@link PageDependencies}.
 */
@Service
public class ArticleArchive {

    private final ArticleQueries queries;
    private final TaxonomyService taxonomy;
    private final JdbcClient db;

    ArticleArchive(ArticleQueries queries, TaxonomyService taxonomy, JdbcClient db) {
        this.queries = queries;
        this.taxonomy = taxonomy;
        this.db = db;
    }

    /**
     * Published articles oldest first, so that a page keeps its articles as new ones arrive (sitemaps: a
     * crawler re-reads only the pages whose last change moved).
     */
    public ArticlePage archive(int page, int size) {
        long total = db.sql("SELECT COUNT(*) FROM content_article WHERE status = 'PUBLISHED'").query(Long.class).single();
        List<Long> ids = db.sql("""
                SELECT id FROM content_article WHERE status = 'PUBLISHED'
                ORDER BY first_published_at, id LIMIT :limit OFFSET :offset
                """).param("limit", size).param("offset", (long) Math.max(0, page - 1) * size).query(Long.class).list();
        noteWholeListing();
        return new ArticlePage(queries.summaries(ids), total, page, size);
    }

    /**
     * For each page of {@link #archive} at this {@code size}, page 1 first: the last change readers could
     * see on it ({@link ArticleSummary#lastModified()}). One query, however many pages.
     */
    public List<Instant> archivePageChanges(int size) {
        noteWholeListing();
        return db.sql("""
                SELECT page, MAX(visible) AS m FROM (
                    SELECT (ROW_NUMBER() OVER (ORDER BY first_published_at, id) - 1) / :size AS page,
                           COALESCE(updated_at, first_published_at) AS visible
                    FROM content_article WHERE status = 'PUBLISHED') r
                GROUP BY page ORDER BY page
                """).param("size", size).query((rs, n) -> Db.instant(rs, "m")).list();
    }

    /** Articles first published at or after {@code since}, newest first, at most {@code max} (news sitemaps). */
    public List<ArticleSummary> publishedSince(Instant since, int max) {
        List<ArticleSummary> items = queries.summaries(db.sql("""
                SELECT id FROM content_article WHERE status = 'PUBLISHED' AND first_published_at >= :since
                ORDER BY first_published_at DESC, id DESC LIMIT :max
                """).param("since", Db.ts(since)).param("max", max).query(Long.class).list());
        ArticleQueries.noteWindow(ArticleFilter.ALL, items.size() < max ? since : items.get(items.size() - 1).firstPublishedAt(),
                false, false);
        return items;
    }

    /**
     * Published articles of these sections or their sub-sections first published in {@code [from, until)},
     * newest first, at most {@code max} (newsletter digests: the window is from one issue to the next).
     */
    public List<ArticleSummary> publishedBetween(Collection<Long> sectionIds, Instant from, Instant until, int max) {
        Set<Long> sections = new LinkedHashSet<>(sectionIds);
        sectionIds.forEach(id -> taxonomy.children(id).forEach(child -> sections.add(child.id())));
        if (sections.isEmpty()) {
            return List.of();
        }
        return queries.summaries(db.sql("""
                SELECT id FROM content_article WHERE status = 'PUBLISHED' AND section_id IN (:sections)
                  AND first_published_at >= :from AND first_published_at < :until
                ORDER BY first_published_at DESC, id DESC LIMIT :max
                """).param("sections", sections).param("from", Db.ts(from)).param("until", Db.ts(until))
                .param("max", max).query(Long.class).list());
    }

    /** Ids of the tags on at least one published article. */
    public List<Long> tagIdsInUse() {
        noteWholeListing();
        return db.sql("""
                SELECT DISTINCT t.tag_id FROM content_article_tag t
                JOIN content_article a ON a.id = t.article_id WHERE a.status = 'PUBLISHED'
                """).query(Long.class).list();
    }

    /** Ids of the authors and desks with a byline on at least one published article. */
    public List<Long> authorIdsInUse() {
        noteWholeListing();
        return db.sql("""
                SELECT DISTINCT b.author_id FROM content_article_byline b
                JOIN content_article a ON a.id = b.article_id WHERE a.status = 'PUBLISHED'
                """).query(Long.class).list();
    }

    /** For reads whose answer any published article may change (totals, oldest-first archives). */
    private static void noteWholeListing() {
        PageDependencies.listed(ListingScopes.ALL, new Window(null, true, true));
    }
}

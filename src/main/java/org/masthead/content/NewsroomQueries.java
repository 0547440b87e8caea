package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads for the newsroom's screens, in every status (reader pages use {@link ArticleQueries}). Nothing here is
 * kept per node or noted for the page cache: staff pages are never cached. Lists load a page of ids, then
 * hydrate rows and bylines in two queries.
 */
@Service
public class NewsroomQueries {

    /** One page of the list and how many match in all. */
    public record Page(List<NewsroomItem> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final ArticleRepository repo;
    private final TaxonomyService taxonomy;
    private final ArticlePaths paths;
    private final JdbcClient db;

    NewsroomQueries(ArticleRepository repo, TaxonomyService taxonomy, ArticlePaths paths, JdbcClient db) {
        this.repo = repo;
        this.taxonomy = taxonomy;
        this.paths = paths;
        this.db = db;
    }

    public Page list(NewsroomFilter f, int page, int size) {
        ArticleWhere where = new ArticleWhere().status(f.status()).section(f.sectionId(), taxonomy).author(f.authorId())
                .and("a.access_level = :access", "access", f.access() == null ? null : f.access().name())
                .and("LOWER(a.headline) LIKE :q ESCAPE '\\'", "q", f.headline() == null || f.headline().isBlank() ? null : like(f.headline()))
                .and("a.created_by = :createdBy", "createdBy", f.createdBy());
        long total = db.sql("SELECT COUNT(*) FROM content_article a" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Long> ids = db.sql("SELECT a.id FROM content_article a" + where.sql() + " ORDER BY " + order(f.sort())
                        + " LIMIT :limit OFFSET :offset").params(where.params()).param("limit", size)
                .param("offset", (long) Math.max(0, page - 1) * size).query(Long.class).list();
        return new Page(items(ids), total, page, size);
    }

    /**
     * Articles an "Also read" block may point at, most recently changed first: published ones, and scheduled ones
     * that {@code viewer} created (anyone's when {@code anyScheduled}). At most {@code limit}.
     */
    public List<NewsroomItem> linkable(String q, long viewer, boolean anyScheduled, int limit) {
        String scheduled = anyScheduled ? "" : " AND a.created_by = :me";
        return items(db.sql("SELECT a.id FROM content_article a WHERE (a.status = 'PUBLISHED' OR (a.status = 'SCHEDULED'"
                        + scheduled + ")) AND LOWER(a.headline) LIKE :q ESCAPE '\\' ORDER BY a.modified_at DESC, a.id DESC"
                        + " LIMIT :limit")
                .param("q", like(q)).param("me", viewer).param("limit", limit).query(Long.class).list());
    }

    private static String order(NewsroomFilter.Sort sort) {
        return switch (sort == null ? NewsroomFilter.Sort.CHANGED : sort) {
            case CHANGED -> "a.modified_at DESC, a.id DESC";
            case PUBLISHED -> "CASE WHEN a.first_published_at IS NULL THEN 1 ELSE 0 END, a.first_published_at DESC, a.id DESC";
            case HEADLINE -> "LOWER(a.headline), a.id";
            case SCHEDULED -> "CASE WHEN a.scheduled_at IS NULL THEN 1 ELSE 0 END, a.scheduled_at, a.id";
        };
    }

    /** {@code %text%} for LIKE, with the wildcards a person typed taken literally. */
    private static String like(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The articles of {@code ids}, in that order; ids of deleted ones are left out. */
    public List<NewsroomItem> items(List<Long> ids) {
        List<ArticleRow> rows = repo.rows(ids, false);
        Map<Long, List<AuthorRef>> bylines = repo.bylines(ids);
        return rows.stream().map(r -> new NewsroomItem(r.id(), r.headline(),
                paths.path(r.section().slug(), r.firstPublishedAt() != null ? r.firstPublishedAt() : r.createdAt(), r.slug()),
                r.status(), r.section(), bylines.getOrDefault(r.id(), List.of()), r.access(), r.firstPublishedAt(),
                r.scheduledAt(), r.modifiedAt(), r.createdBy(), r.modifiedBy(), r.version())).toList();
    }
}

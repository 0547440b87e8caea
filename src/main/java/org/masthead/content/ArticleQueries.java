package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of articles. Lists load a page of ids, then hydrate them in two queries (rows, then bylines). */
@Service
public class ArticleQueries {

    private final ArticleRepository repo;
    private final TaxonomyService taxonomy;
    private final ArticlePaths paths;
    private final JdbcClient db;

    ArticleQueries(ArticleRepository repo, TaxonomyService taxonomy, ArticlePaths paths, JdbcClient db) {
        this.repo = repo;
        this.taxonomy = taxonomy;
        this.paths = paths;
        this.db = db;
    }

    public Optional<Article> byId(long id) {
        return repo.find(id).map(this::full);
    }

    public Optional<Article> bySlug(String slug) {
        return repo.findBySlug(slug).map(this::full);
    }

    /** The article that used to have this slug, for a 301. */
    public Optional<Article> byOldSlug(String slug) {
        return repo.idForOldSlug(slug).flatMap(this::byId);
    }

    public List<ArticleSummary> summaries(List<Long> ids) {
        List<ArticleRow> rows = repo.rows(ids, false);
        Map<Long, List<AuthorRef>> bylines = repo.bylines(ids);
        return rows.stream().map(r -> summary(r, bylines.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Summaries of those of {@code ids} that are published, in the order given. */
    public List<ArticleSummary> publishedSummaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> published = db.sql("SELECT id FROM content_article WHERE id IN (:ids) AND status = 'PUBLISHED'")
                .param("ids", ids).query(Long.class).list();
        return summaries(ids.stream().filter(published::contains).distinct().toList());
    }

    public ArticlePage published(ArticleFilter filter, int page, int size) {
        Ids found = find(filter, ArticleStatus.PUBLISHED, "a.first_published_at DESC, a.id DESC", page, size);
        return new ArticlePage(summaries(found.ids()), found.total(), page, size);
    }

    /** A page of whole published articles, newest first (for the Content API). */
    public ArticleList publishedArticles(ArticleFilter filter, int page, int size) {
        Ids found = find(filter, ArticleStatus.PUBLISHED, "a.first_published_at DESC, a.id DESC", page, size);
        return new ArticleList(articles(found.ids()), found.total(), page, size);
    }

    /** A page of whole articles in {@code status}, or in any status when null; most recently changed first. */
    public ArticleList anyStatus(ArticleFilter filter, ArticleStatus status, int page, int size) {
        Ids found = find(filter, status, "a.modified_at DESC, a.id DESC", page, size);
        return new ArticleList(articles(found.ids()), found.total(), page, size);
    }

    /** Whole articles in the order of {@code ids}: rows with bodies, then bylines, tags and corrections. */
    public List<Article> articles(List<Long> ids) {
        List<ArticleRow> rows = repo.rows(ids, true);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AuthorRef>> bylines = repo.bylines(ids);
        Map<Long, List<Refs.TagRef>> tags = repo.tags(ids);
        Map<Long, List<Refs.Correction>> corrections = repo.corrections(ids);
        return rows.stream().map(r -> full(r, bylines.getOrDefault(r.id(), List.of()),
                tags.getOrDefault(r.id(), List.of()), corrections.getOrDefault(r.id(), List.of()))).toList();
    }

    private record Ids(List<Long> ids, long total) { }

    private Ids find(ArticleFilter filter, ArticleStatus status, String order, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            where.append(" AND a.status = :status");
            params.put("status", status.name());
        }
        if (filter.sectionId() != null) {
            List<Long> sections = new ArrayList<>(List.of(filter.sectionId()));
            taxonomy.children(filter.sectionId()).forEach(s -> sections.add(s.id()));
            where.append(" AND a.section_id IN (:sections)");
            params.put("sections", sections);
        }
        if (filter.tagId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM content_article_tag t WHERE t.article_id = a.id AND t.tag_id = :tag)");
            params.put("tag", filter.tagId());
        }
        if (filter.authorId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM content_article_byline b WHERE b.article_id = a.id AND b.author_id = :author)");
            params.put("author", filter.authorId());
        }
        if (filter.updatedSince() != null) {
            where.append(" AND a.modified_at >= :since");
            params.put("since", Db.ts(filter.updatedSince()));
        }
        long total = db.sql("SELECT COUNT(*) FROM content_article a" + where).params(params).query(Long.class).single();
        List<Long> ids = db.sql("SELECT a.id FROM content_article a" + where + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) Math.max(0, page - 1) * size)
                .query(Long.class).list();
        return new Ids(ids, total);
    }

    public List<ArticleSummary> latest(int n) {
        return published(ArticleFilter.ALL, 1, n).items();
    }

    /** Articles editors pinned to the top of the home page, lead story first. */
    public List<ArticleSummary> homePinned(int n) {
        List<Long> ids = db.sql("""
                SELECT id FROM content_article WHERE status = 'PUBLISHED' AND home_position IS NOT NULL
                ORDER BY home_position, first_published_at DESC LIMIT :n
                """).param("n", n).query(Long.class).list();
        return summaries(ids);
    }

    /** Published articles whose related-article blocks point at {@code targetId}. */
    public List<Long> linkingTo(long targetId) {
        return repo.linkingTo(targetId);
    }

    /** Publication time of the newest published article, for Last-Modified on listings and feeds. */
    public Optional<Instant> lastPublishedChange() {
        return db.sql("SELECT MAX(modified_at) AS m FROM content_article WHERE status = 'PUBLISHED'")
                .query((rs, n) -> Db.instant(rs, "m")).optional();
    }

    public String path(ArticleSummary s) {
        return s.path();
    }

    private ArticleSummary summary(ArticleRow r, List<AuthorRef> bylines) {
        Instant dated = r.firstPublishedAt() != null ? r.firstPublishedAt() : r.createdAt();
        return new ArticleSummary(r.id(), r.slug(), paths.path(r.section().slug(), dated, r.slug()), r.section(),
                r.headline(), r.standfirst(), r.access(), r.firstPublishedAt(), r.updatedAt(), r.modifiedAt(),
                bylines, r.leadImage(), r.homePosition());
    }

    private Article full(ArticleRow r) {
        long id = r.id();
        return full(r, repo.bylines(List.of(id)).getOrDefault(id, List.of()),
                repo.tags(List.of(id)).getOrDefault(id, List.of()), repo.corrections(List.of(id)).getOrDefault(id, List.of()));
    }

    private static Article full(ArticleRow r, List<AuthorRef> bylines, List<Refs.TagRef> tags,
                                List<Refs.Correction> corrections) {
        return new Article(r.id(), r.slug(), r.section(), r.headline(), r.standfirst(), r.bodyHtml(), r.dateline(),
                r.status(), r.access(), r.firstPublishedAt(), r.updatedAt(), r.scheduledAt(), bylines, tags,
                corrections, r.leadImage(), r.seoTitle(), r.seoDescription(), r.socialMediaId(),
                r.homePosition(), r.createdAt(), r.modifiedAt(), r.version());
    }
}

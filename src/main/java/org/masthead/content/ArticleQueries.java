package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.platform.PageDependencies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of articles. Lists load a page of ids, then hydrate them in two queries (rows, then bylines).
 * Every read notes what it returned in {@link PageDependencies}, so a page cache knows which pages an article
 * change touches; {@link #listingsOf} says which listings an article belongs to, in the same scope names.
 */
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
        PageDependencies.shows(ArticleService.TOPIC, id);
        return repo.find(id).map(this::full);
    }

    public Optional<Article> bySlug(String slug) {
        Optional<Article> found = repo.findBySlug(slug).map(this::full);
        found.ifPresent(a -> PageDependencies.shows(ArticleService.TOPIC, a.id()));
        return found;
    }

    /** The article that used to have this slug, for a 301. */
    public Optional<Article> byOldSlug(String slug) {
        return repo.idForOldSlug(slug).flatMap(this::byId);
    }

    public List<ArticleSummary> summaries(List<Long> ids) {
        PageDependencies.shows(ArticleService.TOPIC, ids);
        List<ArticleRow> rows = repo.rows(ids);
        Map<Long, List<AuthorRef>> bylines = repo.bylines(ids);
        return rows.stream().map(r -> summary(r, bylines.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Summaries of those of {@code ids} that are published, in the order given. */
    public List<ArticleSummary> publishedSummaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        PageDependencies.shows(ArticleService.TOPIC, ids); // an unpublished target appears once published
        List<Long> published = db.sql("SELECT id FROM content_article WHERE id IN (:ids) AND status = 'PUBLISHED'")
                .param("ids", ids).query(Long.class).list();
        return summaries(ids.stream().filter(published::contains).distinct().toList());
    }

    /** A page of a listing, with the total (so readers see "page 2 of 5"). */
    public ArticlePage published(ArticleFilter filter, int page, int size) {
        return published(filter, page, size, true);
    }

    /** The newest {@code n} published articles, without a total. */
    public List<ArticleSummary> latest(int n) {
        return published(ArticleFilter.ALL, 1, n, false).items();
    }

    private ArticlePage published(ArticleFilter filter, int page, int size, boolean counted) {
        StringBuilder where = new StringBuilder(" WHERE a.status = 'PUBLISHED'");
        Map<String, Object> params = new LinkedHashMap<>();
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
        List<Long> ids = db.sql("SELECT a.id FROM content_article a" + where
                        + " ORDER BY a.first_published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) Math.max(0, page - 1) * size)
                .query(Long.class).list();
        // The count costs a second scan, so only listings that show it pay for it.
        long total = counted ? db.sql("SELECT COUNT(*) FROM content_article a" + where).params(params)
                .query(Long.class).single() : -1;
        List<ArticleSummary> items = summaries(ids);
        Instant oldest = items.isEmpty() ? null : items.get(items.size() - 1).firstPublishedAt();
        boolean exhaustive = counted ? (long) page * size >= total : ids.size() < size;
        var window = new PageDependencies.Window(oldest, exhaustive, counted);
        ListingScopes.of(filter).forEach(scope -> PageDependencies.listed(scope, window));
        return new ArticlePage(items, total, page, size);
    }

    /** Articles editors pinned to the top of the home page, lead story first. */
    public List<ArticleSummary> homePinned(int n) {
        List<Long> ids = db.sql("""
                SELECT id FROM content_article WHERE status = 'PUBLISHED' AND home_position IS NOT NULL
                ORDER BY home_position, first_published_at DESC LIMIT :n
                """).param("n", n).query(Long.class).list();
        PageDependencies.listed(ListingScopes.PINNED, new PageDependencies.Window(null, true, false));
        return summaries(ids);
    }

    /**
     * The listings an article belongs to now, by its first publication time, in the scope names reads note;
     * empty for an article never published, or gone.
     */
    public Optional<ListingScopes.Membership> listingsOf(long id) {
        return repo.find(id).filter(r -> r.firstPublishedAt() != null).map(r -> ListingScopes.membership(r,
                repo.tags(id).stream().map(Refs.TagRef::id).toList(),
                repo.bylines(List.of(id)).getOrDefault(id, List.of()).stream().map(AuthorRef::id).toList()));
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
        return new Article(r.id(), r.slug(), r.section(), r.headline(), r.standfirst(), r.bodyHtml(), r.dateline(),
                r.status(), r.access(), r.firstPublishedAt(), r.updatedAt(), r.scheduledAt(),
                repo.bylines(List.of(r.id())).getOrDefault(r.id(), List.of()), repo.tags(r.id()),
                repo.corrections(r.id()), r.leadImage(), r.seoTitle(), r.seoDescription(), r.socialMediaId(),
                r.homePosition(), r.createdAt(), r.modifiedAt(), r.version());
    }
}

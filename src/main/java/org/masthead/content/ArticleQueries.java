package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.NodeCache;
import org.masthead.platform.PageDependencies;
import org.masthead.platform.PageDependencies.Window;
import org.masthead.platform.Publication;
import org.masthead.platform.PublicationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads of articles. Lists load a page of ids, then hydrate them in two queries (rows, then bylines); whole
 * articles take two more (tags, corrections). Every read notes what it returned in {@link PageDependencies}, so a
 * page cache knows which pages an article change touches; {@link #listingsOf} says which listings an article
 * belongs to, in the same scope names.
 */
@Service
public class ArticleQueries {

    private final ArticleRepository repo;
    private final TaxonomyService taxonomy;
    private final ArticlePaths paths;
    private final JdbcClient db;
    private record Newest(Object filter, int n) { }

    /** Newest-first lists by filter and length, and the pinned stories (filter "pinned"). */
    private final NodeCache<Newest, List<ArticleSummary>> newest = new NodeCache<>(256);
    private final NodeCache<String, Article> bySlug = new NodeCache<>(1_000); // bodies: tens of MB at most
    /** "Also read" targets: the published ones among a body's related ids. */
    private final NodeCache<List<Long>, List<ArticleSummary>> publishedAmong = new NodeCache<>(2_000);

    /** Kept before the page cache hears of a change ({@code @Order}), so no page is rebuilt from old copies. */
    @TransactionalEventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onLocal(ArticleEvents.ArticleChanged e) {
        forgetKept();
    }

    @TransactionalEventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onLocal(ArticleEvents.TaxonomyChanged e) {
        forgetKept();
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onObserved(ChangeFeed.ChangeObserved change) {
        if (ArticleService.TOPIC.equals(change.topic()) || TaxonomyService.TOPIC.equals(change.topic())) {
            forgetKept();
        }
    }

    /**
     * After {@link Publication} forgot its copy ({@code @Order}): kept summaries carry paths dated in the paper's
     * time zone, which a save of the settings may change.
     */
    @TransactionalEventListener
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void onLocal(PublicationChanged e) {
        forgetKept();
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void onSettings(ChangeFeed.ChangeObserved change) {
        if (Publication.TOPIC.equals(change.topic())) {
            forgetKept();
        }
    }

    private void forgetKept() {
        newest.invalidate();
        bySlug.invalidate();
        publishedAmong.invalidate();
    }

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

    /**
     * Published articles are kept per node until any published article changes (every change to one is an
     * event); any other status is read fresh, since edits to drafts announce nothing.
     */
    public Optional<Article> bySlug(String slug) {
        Article kept = bySlug.get(slug, () -> repo.findBySlug(slug).map(this::full).filter(Article::isPublished).orElse(null));
        Optional<Article> found = kept != null ? Optional.of(kept) : repo.findBySlug(slug).map(this::full);
        found.ifPresent(a -> PageDependencies.shows(ArticleService.TOPIC, a.id()));
        return found;
    }

    /** The article that used to have this slug, for a 301. */
    public Optional<Article> byOldSlug(String slug) {
        return repo.idForOldSlug(slug).flatMap(this::byId);
    }

    public List<ArticleSummary> summaries(List<Long> ids) {
        PageDependencies.shows(ArticleService.TOPIC, ids);
        List<ArticleRow> rows = repo.rows(ids, false);
        Map<Long, List<AuthorRef>> bylines = repo.bylines(ids);
        return rows.stream().map(r -> summary(r, bylines.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Summaries of those of {@code ids} that are published, in the order given; kept per node until any change. */
    public List<ArticleSummary> publishedSummaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        PageDependencies.shows(ArticleService.TOPIC, ids); // an unpublished target appears once published
        List<ArticleSummary> found = publishedAmong.get(List.copyOf(ids), () -> {
            Set<Long> published = publishedIds(ids);
            return summaries(ids.stream().filter(published::contains).distinct().toList());
        });
        PageDependencies.shows(ArticleService.TOPIC, found.stream().map(ArticleSummary::id).toList());
        return found;
    }

    /**
     * Which of {@code ids} are published now: one query, nothing kept, nothing noted (for counters that drop
     * the rest, not for pages; keep {@code ids} to a few hundred per call).
     */
    public Set<Long> publishedIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(db.sql("SELECT id FROM content_article WHERE id IN (:ids) AND status = 'PUBLISHED'")
                .param("ids", ids).query(Long.class).list());
    }

    /** A page of a listing, with the total (so readers see "page 2 of 5"). */
    public ArticlePage published(ArticleFilter filter, int page, int size) {
        Where where = where(filter, ArticleStatus.PUBLISHED);
        long total = count(where);
        List<ArticleSummary> items = summaries(ids(where, NEWEST, size, offset(page, size)));
        noteWindow(filter, oldest(items, ArticleSummary::firstPublishedAt), (long) page * size >= total, true);
        return new ArticlePage(items, total, page, size);
    }

    /** A page of whole published articles, newest first (for the Content API). */
    public ArticleList publishedArticles(ArticleFilter filter, int page, int size) {
        Where where = where(filter, ArticleStatus.PUBLISHED);
        long total = count(where);
        List<Article> items = articles(ids(where, NEWEST, size, offset(page, size)));
        noteWindow(filter, oldest(items, Article::firstPublishedAt), (long) page * size >= total, true);
        return new ArticleList(items, total, page, size);
    }

    /** A page of whole articles in {@code status}, or in any status when null; most recently changed first. */
    public ArticleList anyStatus(ArticleFilter filter, ArticleStatus status, int page, int size) {
        Where where = where(filter, status);
        return new ArticleList(articles(ids(where, "a.modified_at DESC, a.id DESC", size, offset(page, size))),
                count(where), page, size);
    }

    /** The newest {@code n} published articles, without a total. */
    public List<ArticleSummary> latest(int n) {
        return newest(ArticleFilter.ALL, n);
    }

    /**
     * The newest {@code n} published articles matching {@code filter}, without a total (which costs a second
     * scan). Front pages and "Latest" lists show these on nearly every page, so each node keeps them until any
     * article changes.
     */
    public List<ArticleSummary> newest(ArticleFilter filter, int n) {
        List<ArticleSummary> items = newest.get(new Newest(filter, n),
                () -> summaries(ids(where(filter, ArticleStatus.PUBLISHED), NEWEST, n, 0)));
        PageDependencies.shows(ArticleService.TOPIC, items.stream().map(ArticleSummary::id).toList());
        noteWindow(filter, oldest(items, ArticleSummary::firstPublishedAt), items.size() < n, false);
        return items;
    }

    /** The newest {@code n} published articles matching {@code filter}, whole (bodies and tags), for feeds. */
    public List<Article> newestPublished(ArticleFilter filter, int n) {
        List<Article> items = articles(ids(where(filter, ArticleStatus.PUBLISHED), NEWEST, n, 0));
        noteWindow(filter, oldest(items, Article::firstPublishedAt), items.size() < n, false);
        return items;
    }

    /** When the last (oldest) of a newest-first list was first published; null for an empty list. */
    private static <T> Instant oldest(List<T> newestFirst, Function<T, Instant> firstPublished) {
        return newestFirst.isEmpty() ? null : firstPublished.apply(newestFirst.get(newestFirst.size() - 1));
    }

    static void noteWindow(ArticleFilter filter, Instant oldest, boolean exhaustive, boolean counted) {
        Window window = new Window(oldest, exhaustive, counted);
        ListingScopes.of(filter).forEach(scope -> PageDependencies.listed(scope, window));
    }

    /** Articles editors pinned to the top of the home page, lead story first. */
    public List<ArticleSummary> homePinned(int n) {
        List<ArticleSummary> items = newest.get(new Newest(ListingScopes.PINNED, n), () -> summaries(db.sql("""
                SELECT id FROM content_article WHERE status = 'PUBLISHED' AND home_position IS NOT NULL
                ORDER BY home_position, first_published_at DESC LIMIT :n
                """).param("n", n).query(Long.class).list()));
        PageDependencies.shows(ArticleService.TOPIC, items.stream().map(ArticleSummary::id).toList());
        PageDependencies.listed(ListingScopes.PINNED, new Window(null, true, false));
        return items;
    }

    /**
     * The listings an article belongs to now, by its first publication time, in the scope names reads note;
     * empty for an article never published, or gone.
     */
    public Optional<ListingScopes.Membership> listingsOf(long id) {
        return repo.find(id).filter(r -> r.firstPublishedAt() != null).map(r -> ListingScopes.membership(r,
                repo.tags(List.of(id)).getOrDefault(id, List.of()).stream().map(Refs.TagRef::id).toList(),
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

    private record Where(String sql, Map<String, Object> params) { }

    private static final String NEWEST = "a.first_published_at DESC, a.id DESC";

    /** Articles matching {@code filter} in {@code status}, or in any status when it is null. */
    private Where where(ArticleFilter filter, ArticleStatus status) {
        ArticleWhere w = new ArticleWhere().status(status).section(filter.sectionId(), taxonomy)
                .and("EXISTS (SELECT 1 FROM content_article_tag t WHERE t.article_id = a.id AND t.tag_id = :tag)", "tag", filter.tagId())
                .author(filter.authorId())
                .and("a.modified_at >= :since", "since", filter.updatedSince() == null ? null : Db.ts(filter.updatedSince()));
        return new Where(w.sql(), w.params());
    }

    private long count(Where where) {
        return db.sql("SELECT COUNT(*) FROM content_article a" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    private List<Long> ids(Where where, String order, int limit, long offset) {
        return db.sql("SELECT a.id FROM content_article a" + where.sql() + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    private static long offset(int page, int size) {
        return (long) Math.max(0, page - 1) * size;
    }

    /** Whole articles in the order of {@code ids}: rows, bylines, tags and corrections in four queries. */
    public List<Article> articles(List<Long> ids) {
        PageDependencies.shows(ArticleService.TOPIC, ids);
        return full(repo.rows(ids, true));
    }

    private List<Article> full(List<ArticleRow> rows) {
        List<Long> ids = rows.stream().map(ArticleRow::id).toList();
        Map<Long, List<AuthorRef>> bylines = repo.bylines(ids);
        Map<Long, List<Refs.TagRef>> tags = repo.tags(ids);
        Map<Long, List<Refs.Correction>> corrections = repo.corrections(ids);
        return rows.stream().map(r -> new Article(r.id(), r.slug(), r.section(), r.headline(), r.standfirst(),
                r.bodyHtml(), r.dateline(), r.status(), r.access(), r.firstPublishedAt(), r.updatedAt(),
                r.scheduledAt(), bylines.getOrDefault(r.id(), List.of()), tags.getOrDefault(r.id(), List.of()),
                corrections.getOrDefault(r.id(), List.of()), r.leadImage(), r.seoTitle(), r.seoDescription(),
                r.socialMediaId(), r.homePosition(), r.createdAt(), r.modifiedAt(), r.version(), r.createdBy(),
                r.modifiedBy())).toList();
    }

    private Article full(ArticleRow r) {
        return full(List.of(r)).get(0);
    }
}

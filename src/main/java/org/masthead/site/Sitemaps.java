package org.masthead.site;

import org.masthead.content.ArticlePage;
import org.masthead.content.ArticleArchive;
import org.masthead.content.ArticleSummary;
import org.masthead.content.Author;
import org.masthead.content.Tag;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.PageDependencies;
import org.masthead.platform.Publication;
import org.masthead.site.SitemapXml.Url;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the sitemaps list. The index points at one file of the home page and sections, the articles in
 * pages of {@code sitemapSize} (oldest first, so a page keeps its articles and its lastmod only moves
 * when one of them changes), the tags in use in pages, and the authors and desks with bylines. The news
 * sitemap lists what was first published in the last two days, as Google News asks. Only published
 * articles appear: every list comes from queries that read published articles alone.
 */
@Component
class Sitemaps {

    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int NEWS_MAX = 1000;

    /** A sitemap's bytes, and its newest lastmod for Last-Modified (null when it has none). */
    record Sitemap(byte[] xml, Instant lastModified) { }

    private final ArticleArchive articles;
    private final TaxonomyService taxonomy;
    private final Publication publication;
    private final SiteProperties props;
    private final Clock clock;

    Sitemaps(ArticleArchive articles, TaxonomyService taxonomy, Publication publication,
             SiteProperties props, Clock clock) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.publication = publication;
        this.props = props;
        this.clock = clock;
    }

    Sitemap index() {
        List<Url> files = new ArrayList<>();
        files.add(new Url(url("/sitemaps/sections.xml"), null));
        List<Instant> pages = articles.archivePageChanges(props.sitemapSize());
        for (int i = 0; i < pages.size(); i++) {
            files.add(new Url(url("/sitemaps/articles-" + (i + 1) + ".xml"), pages.get(i)));
        }
        int tagPages = (tagSlugs().size() + props.sitemapSize() - 1) / props.sitemapSize();
        for (int i = 1; i <= tagPages; i++) {
            files.add(new Url(url("/sitemaps/tags-" + i + ".xml"), null));
        }
        if (!authorSlugs().isEmpty()) {
            files.add(new Url(url("/sitemaps/authors.xml"), null));
        }
        return new Sitemap(SitemapXml.index(files, publication.timeZone()), newest(files.stream().map(Url::lastmod)));
    }

    Sitemap sections() {
        List<Url> urls = new ArrayList<>();
        urls.add(new Url(url("/"), null));
        taxonomy.sections().forEach(s -> urls.add(new Url(url(ViewParts.sectionHref(s.slug())), null)));
        return urlset(urls);
    }

    Optional<Sitemap> articles(int page) {
        ArticlePage p = page < 1 ? null : articles.archive(page, props.sitemapSize());
        if (p == null || p.items().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(urlset(p.items().stream().map(a -> new Url(url(a.path()), a.lastModified())).toList()));
    }

    Optional<Sitemap> tags(int page) {
        List<String> slugs = tagSlugs();
        int size = props.sitemapSize();
        if (page < 1 || (long) (page - 1) * size >= slugs.size()) {
            return Optional.empty();
        }
        return Optional.of(urlset(slugs.subList((page - 1) * size, Math.min(slugs.size(), page * size)).stream()
                .map(slug -> new Url(url("/tag/" + slug), null)).toList()));
    }

    Optional<Sitemap> authors() {
        List<String> slugs = authorSlugs();
        return slugs.isEmpty() ? Optional.empty()
                : Optional.of(urlset(slugs.stream().map(slug -> new Url(url("/author/" + slug), null)).toList()));
    }

    Sitemap news() {
        List<ArticleSummary> recent = articles.publishedSince(clock.instant().minus(NEWS_WINDOW), NEWS_MAX);
        if (!recent.isEmpty()) { // the oldest entry leaves the window then
            PageDependencies.validUntil(recent.get(recent.size() - 1).firstPublishedAt().plus(NEWS_WINDOW));
        }
        List<SitemapXml.NewsUrl> urls = recent.stream()
                .map(a -> new SitemapXml.NewsUrl(url(a.path()), a.headline(), a.firstPublishedAt())).toList();
        return new Sitemap(SitemapXml.news(urls, publication.name(), NewsLanguage.of(publication.language()),
                publication.timeZone()), newest(recent.stream().map(ArticleSummary::firstPublishedAt)));
    }

    /** Slugs of the tags on published articles, oldest tag first so that pages stay put. */
    private List<String> tagSlugs() {
        Set<Long> used = new HashSet<>(articles.tagIdsInUse());
        return taxonomy.tags().stream().filter(t -> used.contains(t.id()))
                .sorted(Comparator.comparingLong(Tag::id)).map(Tag::slug).toList();
    }

    private List<String> authorSlugs() {
        Set<Long> used = new HashSet<>(articles.authorIdsInUse());
        return taxonomy.authors().stream().filter(a -> used.contains(a.id()))
                .sorted(Comparator.comparingLong(Author::id)).map(Author::slug).toList();
    }

    private Sitemap urlset(List<Url> urls) {
        return new Sitemap(SitemapXml.urlset(urls, publication.timeZone()), newest(urls.stream().map(Url::lastmod)));
    }

    private String url(String path) {
        return publication.absolute(path);
    }

    private static Instant newest(Stream<Instant> times) {
        return times.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}

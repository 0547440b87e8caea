package org.masthead.site;

import org.masthead.content.Article;
import org.masthead.content.ArticleFilter;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.Refs;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link FeedModel} of the whole site, a section (with its sub-sections), a tag or an author:
 * the newest {@value #SIZE} published articles. Everything in it comes from the articles, none from the
 * clock, so the same articles always give the same bytes.
 */
@Component
class Feeds {

    static final int SIZE = 30;

    /** Which articles a feed holds and what it is called; {@code path} is the listing page ("" for the site). */
    record Scope(String path, String title, String description, ArticleFilter filter) { }

    private final ArticleQueries articles;
    private final ArticlePaths paths;
    private final BodyRenderer body;
    private final Enclosures enclosures;
    private final Publication publication;
    private final SiteProperties props;

    Feeds(ArticleQueries articles, ArticlePaths paths, BodyRenderer body, Enclosures enclosures,
          Publication publication, SiteProperties props) {
        this.articles = articles;
        this.paths = paths;
        this.body = body;
        this.enclosures = enclosures;
        this.publication = publication;
        this.props = props;
    }

    FeedModel feed(Scope scope) {
        List<FeedModel.Entry> entries = articles.newestPublished(scope.filter(), SIZE).stream().map(this::entry).toList();
        Instant updated = entries.stream().map(FeedModel.Entry::updated).max(Comparator.naturalOrder())
                .or(articles::lastPublishedChange).orElse(Instant.EPOCH);
        String page = publication.absolute(scope.path().isEmpty() ? "/" : scope.path());
        return new FeedModel(scope.title(), scope.description(), page,
                publication.absolute(scope.path() + "/rss.xml"), publication.absolute(scope.path() + "/atom.xml"),
                publication.language(), publication.absolute(publication.logoPath()),
                new FeedModel.Person(publication.name(), publication.absolute("/")), updated, entries);
    }

    private FeedModel.Entry entry(Article a) {
        String url = publication.absolute(paths.path(a));
        Instant updated = a.updatedAt() != null && a.updatedAt().isAfter(a.firstPublishedAt())
                ? a.updatedAt() : a.firstPublishedAt();
        List<String> categories = new ArrayList<>();
        categories.add(a.section().name());
        a.tags().forEach(t -> categories.add(t.name()));
        String fullHtml = FeedFullText.carries(props.feedFullText(), a.access())
                ? AbsoluteLinks.in(body.render(a.bodyHtml()), url) : null;
        return new FeedModel.Entry(tagUri(a), url, a.headline(), a.standfirst(), fullHtml, a.firstPublishedAt(),
                updated, a.bylines().stream().map(this::person).toList(), categories,
                enclosures.of(a.leadImage()).orElse(null));
    }

    private FeedModel.Person person(Refs.AuthorRef author) {
        return new FeedModel.Person(author.name(), publication.absolute("/author/" + author.slug()));
    }

    /**
     * An RFC 4151 tag URI naming the article by its id ({@code tag:news.example.org,2026-11-24:article:42}).
     * Rejected: the URL, which changes with the slug or section, and a changed Atom id is a new entry.
     */
    private String tagUri(Article a) {
        String host = URI.create(publication.baseUrl()).getHost();
        return "tag:" + host + "," + a.firstPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate() + ":article:" + a.id();
    }
}

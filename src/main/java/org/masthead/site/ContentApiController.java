package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.Article;
import org.masthead.content.ArticleFilters;
import org.masthead.content.ArticleList;
import org.masthead.content.ArticleQueries;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.JsonApi;
import org.masthead.platform.PublicPage;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.PageLinks;
import org.masthead.site.ContentApiJson.ArticleJson;
import org.masthead.site.ContentApiJson.ArticleListJson;
import org.masthead.site.ContentApiJson.AuthorJson;
import org.masthead.site.ContentApiJson.SectionJson;
import org.masthead.site.ContentApiJson.TagJson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * The public, read-only Content API under {@code /api/content}: published articles only, ever (anything
 * else is 404, whichever id or slug is tried), with sections, tags and authors. Answers are cacheable for
 * the site's max-ages; the JSON shape is in {@link ContentApiJson}.
 */
@RestController
@JsonApi
@PublicPage
@RequestMapping(value = "/api/content", produces = "application/json")
class ContentApiController {

    private final ArticleQueries articles;
    private final ArticleFilters filters;
    private final TaxonomyService taxonomy;
    private final ContentApiViews views;
    private final SiteProperties props;
    private final ViewParts parts;

    ContentApiController(ArticleQueries articles, ArticleFilters filters, TaxonomyService taxonomy,
                         ContentApiViews views, SiteProperties props, ViewParts parts) {
        this.articles = articles;
        this.filters = filters;
        this.taxonomy = taxonomy;
        this.views = views;
        this.props = props;
        this.parts = parts;
    }

    /** Newest first; {@code section} includes its sub-sections; {@code updated_since} is ISO 8601 with offset. */
    @GetMapping("/articles")
    ResponseEntity<ArticleListJson> list(@RequestParam(required = false) String section,
                                         @RequestParam(required = false) String tag,
                                         @RequestParam(required = false) String author,
                                         @RequestParam(name = "updated_since", required = false) String updatedSince,
                                         @RequestParam(defaultValue = "1") int page,
                                         @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        ArticleList found = articles.publishedArticles(filters.filter(section, tag, author, updatedSince),
                ArticleFilters.page(page), ArticleFilters.limit(limit == null ? props.pageSize() : limit));
        return cached(new ArticleListJson(views.articles(found.items()), found.total(), found.page(), found.pages(),
                found.size(), PageLinks.of(request, parts.publication().baseUrl(), found.page(), found.pages())));
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<ArticleJson> article(@PathVariable long id) {
        return cached(published(articles.byId(id), String.valueOf(id)));
    }

    @GetMapping("/articles/slug/{slug}")
    ResponseEntity<ArticleJson> articleBySlug(@PathVariable String slug) {
        return cached(published(articles.bySlug(slug), slug));
    }

    @GetMapping("/sections")
    ResponseEntity<List<SectionJson>> sections() {
        return cached(taxonomy.sections().stream().map(views::section).toList());
    }

    @GetMapping("/sections/{slug}")
    ResponseEntity<SectionJson> section(@PathVariable String slug) {
        return cached(views.section(taxonomy.section(slug).orElseThrow(() -> new NotFoundException("no section " + slug))));
    }

    @GetMapping("/tags")
    ResponseEntity<List<TagJson>> tags() {
        return cached(taxonomy.tags().stream().map(views::tag).toList());
    }

    @GetMapping("/tags/{slug}")
    ResponseEntity<TagJson> tag(@PathVariable String slug) {
        return cached(views.tag(taxonomy.tag(slug).orElseThrow(() -> new NotFoundException("no tag " + slug))));
    }

    @GetMapping("/authors")
    ResponseEntity<List<AuthorJson>> authors() {
        return cached(views.authors(taxonomy.authors()));
    }

    @GetMapping("/authors/{slug}")
    ResponseEntity<AuthorJson> author(@PathVariable String slug) {
        return cached(views.authors(List.of(taxonomy.author(slug)
                .orElseThrow(() -> new NotFoundException("no author " + slug)))).get(0));
    }

    private ArticleJson published(Optional<Article> found, String key) {
        Article a = found.filter(Article::isPublished).orElseThrow(() -> new NotFoundException("no published article " + key));
        return views.articles(List.of(a)).get(0);
    }

    /** Marked public by {@link PublicPage}, so browsers, a CDN and the page cache may keep it. */
    private static <T> ResponseEntity<T> cached(T body) {
        return ResponseEntity.ok(body);
    }
}

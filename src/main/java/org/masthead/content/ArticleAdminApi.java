package org.masthead.content;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.ArticleAdminJson.AdminArticle;
import org.masthead.content.ArticleAdminJson.AdminArticleList;
import org.masthead.content.ArticleAdminJson.ArticleRequest;
import org.masthead.content.ArticleAdminJson.CorrectionRequest;
import org.masthead.content.ArticleAdminJson.SavedArticle;
import org.masthead.content.ArticleAdminJson.Transition;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.JsonApi;
import org.masthead.platform.JsonEnums;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.PageLinks;
import org.masthead.platform.Publication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Admin API for articles: {@code /api/admin/articles}, behind a bearer API key (see SecurityConfig). Every
 * status is visible here; the lifecycle rules stay in {@link ArticleService}.
 */
@RestController
@JsonApi
@RequestMapping(value = "/api/admin/articles", produces = "application/json")
class ArticleAdminApi {

    private static final String BASE = "/api/admin/articles/";

    private final ArticleService articles;
    private final ArticleQueries queries;
    private final ArticleFilters filters;
    private final ArticlePaths paths;
    private final Publication publication;

    ArticleAdminApi(ArticleService articles, ArticleQueries queries, ArticleFilters filters, ArticlePaths paths,
                    Publication publication) {
        this.articles = articles;
        this.queries = queries;
        this.filters = filters;
        this.paths = paths;
        this.publication = publication;
    }

    @GetMapping
    AdminArticleList list(@RequestParam(required = false) String status, @RequestParam(required = false) String section,
                         @RequestParam(required = false) String tag, @RequestParam(required = false) String author,
                         @RequestParam(name = "updated_since", required = false) String updatedSince,
                         @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int limit,
                         HttpServletRequest request) {
        ArticleFilter filter = filters.filter(section, tag, author, updatedSince);
        ArticleList found = queries.anyStatus(filter, JsonEnums.parse(ArticleStatus.class, status, "status"), ArticleFilters.page(page), ArticleFilters.limit(limit));
        return new AdminArticleList(found.items().stream().map(this::json).toList(), found.total(), found.page(),
                found.pages(), found.size(), PageLinks.of(request, publication.baseUrl(), found.page(), found.pages()));
    }

    @GetMapping("/{id}")
    AdminArticle get(@PathVariable long id) {
        return json(queries.byId(id).orElseThrow(() -> new NotFoundException("no article " + id)));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<SavedArticle> create(@RequestBody ArticleRequest body) {
        ArticleService.Saved saved = articles.create(body.draft());
        return ResponseEntity.created(URI.create(BASE + saved.article().id())).body(json(saved));
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    SavedArticle update(@PathVariable long id, @RequestBody ArticleRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "required: the version you edited, for optimistic locking");
        }
        return json(articles.update(id, body.version(), body.draft(), Boolean.TRUE.equals(body.minorEdit())));
    }

    @PostMapping("/{id}/publish")
    AdminArticle publish(@PathVariable long id, @RequestBody(required = false) Transition body) {
        return json(articles.publish(id, version(body)));
    }

    @PostMapping(value = "/{id}/schedule", consumes = "application/json")
    AdminArticle schedule(@PathVariable long id, @RequestBody Transition body) {
        return json(articles.schedule(id, body.publishAt() == null ? null : body.publishAt().toInstant(), body.version()));
    }

    @PostMapping("/{id}/unpublish")
    AdminArticle unpublish(@PathVariable long id, @RequestBody(required = false) Transition body) {
        return json(articles.unpublish(id, version(body)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        articles.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/{id}/corrections", consumes = "application/json")
    ResponseEntity<AdminArticle> correct(@PathVariable long id, @RequestBody CorrectionRequest body) {
        Article a = articles.addCorrection(id, body.text());
        return ResponseEntity.created(URI.create(BASE + id)).body(json(a));
    }

    private AdminArticle json(Article a) {
        return AdminArticle.of(a, paths.url(a));
    }

    private SavedArticle json(ArticleService.Saved saved) {
        return new SavedArticle(json(saved.article()), saved.removed());
    }

    private static Integer version(Transition body) {
        return body == null ? null : body.version();
    }
}

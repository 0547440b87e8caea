package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleStatus;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The article page. Found by slug alone: an old slug or a changed section/date answers 301 to the current
 * URL; an unpublished article answers 410; drafts and scheduled articles do not exist for readers (404). What the
 * reader may read of it is the paywall's verdict ({@link ReaderParts}); this renders the rendering it picks, and the
 * page cache keeps each such rendering apart.
 */
@Controller
@PublicPage
class ArticleController {

    private final ArticleQueries articles;
    private final ArticlePaths paths;
    private final ArticleRendering rendering;
    private final ReaderParts readers;

    ArticleController(ArticleQueries articles, ArticlePaths paths, ArticleRendering rendering, ReaderParts readers) {
        this.articles = articles;
        this.paths = paths;
        this.rendering = rendering;
        this.readers = readers;
    }

    @GetMapping("/{section:[a-z0-9-]+}/{year:[0-9]{4}}/{month:[0-9]{2}}/{day:[0-9]{2}}/{slug:[a-z0-9-]+}")
    Object article(@PathVariable String section, @PathVariable String year, @PathVariable String month,
                   @PathVariable String day, @PathVariable String slug, HttpServletRequest req,
                   HttpServletResponse res, Model model) {
        Article a = articles.bySlug(slug).or(() -> articles.byOldSlug(slug))
                .orElseThrow(() -> new NotFoundException("no article " + slug));
        if (a.status() == ArticleStatus.UNPUBLISHED) {
            throw new GoneException("This article has been withdrawn.");
        }
        if (a.status() != ArticleStatus.PUBLISHED) {
            throw new NotFoundException("no article " + slug);
        }
        String path = paths.path(a);
        if (!path.equals("/" + section + "/" + year + "/" + month + "/" + day + "/" + slug)) {
            return Moved.to(path);
        }
        model.addAttribute("page", rendering.view(a, path, readers.wall(req, res, a, path)));
        return "site/article";
    }
}

package org.masthead.site;

import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleRevisions;
import org.masthead.content.ArticleStatus;
import org.masthead.content.PreviewLinks;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.SecurityHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Locale;

/**
 * Signed preview links ({@code content.PreviewLinks}): anyone holding one, signed in or not, reads the version it
 * names with the reader templates, at phone and desktop widths side by side ({@code /preview/{token}}) or as the
 * plain page ({@code /preview/{token}/article}, the frames' source). Never a {@code @PublicPage}: answers are
 * {@code no-store} and {@code noindex}, so neither the page cache, a CDN nor a search engine keeps them. A token
 * that is not ours is a 404; an expired one a 410 saying so. Once a metered or premium article is published, its
 * preview links redirect to the article's page, where the paywall applies as to anyone: a link shared for a
 * look before publication must not become a way around the wall after it.
 */
@Controller
class PreviewController {

    /** The site's policy, letting the frames page frame the article from this origin, and no one else. */
    static final String FRAMES_CSP = SecurityHeaders.CSP.replace("frame-src ", "frame-src 'self' ");
    static final String FRAMED_CSP = SecurityHeaders.CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

    private final PreviewLinks links;
    private final ArticleRevisions revisions;
    private final ArticleQueries articles;
    private final ArticleRendering rendering;
    private final ViewParts parts;
    private final ArticlePaths paths;

    PreviewController(PreviewLinks links, ArticleRevisions revisions, ArticleQueries articles,
                      ArticleRendering rendering, ViewParts parts, ArticlePaths paths) {
        this.links = links;
        this.revisions = revisions;
        this.articles = articles;
        this.rendering = rendering;
        this.parts = parts;
        this.paths = paths;
    }

    @GetMapping("/preview/{token:[A-Za-z0-9._-]{1,200}}")
    String frames(@PathVariable String token, HttpServletResponse res, Model model) {
        keepPrivate(res, FRAMES_CSP);
        PreviewLinks.Preview p = open(token, res, model);
        if (p == null) {
            return "site/error";
        }
        Article now = articles.byId(p.articleId()).orElseThrow();
        if (behindTheWall(now)) {
            return "redirect:" + paths.path(now);
        }
        Article a = article(p);
        model.addAttribute("page", new Views.PreviewPage(parts.publication().name(), a.headline(), token,
                now.status().name().toLowerCase(Locale.ROOT), p.version(), parts.shown(a.modifiedAt()).text(),
                parts.shown(p.expiresAt()).text(), now.version() > p.version()));
        return "site/preview";
    }

    @GetMapping("/preview/{token:[A-Za-z0-9._-]{1,200}}/article")
    String article(@PathVariable String token, HttpServletResponse res, Model model) {
        keepPrivate(res, FRAMED_CSP); // browsers that read frame-ancestors ignore the chain's X-Frame-Options: DENY
        PreviewLinks.Preview p = open(token, res, model);
        if (p == null) {
            return "site/error";
        }
        Article now = articles.byId(p.articleId()).orElseThrow();
        if (behindTheWall(now)) {
            return "redirect:" + paths.path(now);
        }
        model.addAttribute("page", rendering.preview(article(p)));
        return "site/article";
    }

    /** The preview a genuine, unexpired token names; null with the error page's model when expired. */
    private PreviewLinks.Preview open(String token, HttpServletResponse res, Model model) {
        PreviewLinks.Preview p = links.open(token).orElseThrow(() -> new NotFoundException("no such preview"));
        if (!p.expired()) {
            return p;
        }
        res.setStatus(HttpServletResponse.SC_GONE);
        String title = "This preview link has expired";
        String message = "Preview links work for a limited time. Ask the newsroom for a new one.";
        model.addAttribute("page", new Views.ErrorPage(parts.chrome(), new Views.Meta(title + " | "
                + parts.publication().name(), message, null, "website", null, null, null, List.of(), null, null,
                null, null, null, List.of()), 410, title, message));
        return null;
    }

    private Article article(PreviewLinks.Preview p) {
        return revisions.asArticle(p.articleId(), p.version()).orElseThrow(() -> new NotFoundException("no such preview"));
    }

    /** Published and gated: readers meet the paywall on its page, so its preview links lead there. */
    private static boolean behindTheWall(Article now) {
        return now.status() == ArticleStatus.PUBLISHED && now.access() != AccessLevel.FREE;
    }

    /** Never kept by anyone, never indexed, never sent on as a referrer. */
    private static void keepPrivate(HttpServletResponse res, String csp) {
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Robots-Tag", "noindex, nofollow");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Content-Security-Policy", csp);
    }
}

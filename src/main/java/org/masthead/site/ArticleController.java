package org.masthead.site;

import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleStatus;
import org.masthead.content.Refs;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.NotFoundException;
import org.masthead.site.Views.ArticleView;
import org.masthead.site.Views.Link;
import org.masthead.site.Views.Meta;
import org.masthead.platform.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The article page. Found by slug alone: an old slug or a changed section/date answers 301 to the current
 * URL; an unpublished article answers 410; drafts and scheduled articles do not exist for readers (404).
 */
@Controller
@PublicPage
class ArticleController {

    private final ArticleQueries articles;
    private final ArticlePaths paths;
    private final TaxonomyService taxonomy;
    private final ViewParts parts;
    private final BodyRenderer body;
    private final StructuredData structured;
    private final SiteProperties props;

    ArticleController(ArticleQueries articles, ArticlePaths paths, TaxonomyService taxonomy, ViewParts parts,
                      BodyRenderer body, StructuredData structured, SiteProperties props) {
        this.articles = articles;
        this.paths = paths;
        this.taxonomy = taxonomy;
        this.parts = parts;
        this.body = body;
        this.structured = structured;
        this.props = props;
    }

    @GetMapping("/{section:[a-z0-9-]+}/{year:[0-9]{4}}/{month:[0-9]{2}}/{day:[0-9]{2}}/{slug:[a-z0-9-]+}")
    Object article(@PathVariable String section, @PathVariable String year, @PathVariable String month,
                   @PathVariable String day, @PathVariable String slug, Model model) {
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
        model.addAttribute("page", view(a, path));
        return "site/article";
    }

    private ArticleView view(Article a, String path) {
        String url = parts.absolute(path);
        String image = parts.imageUrl(a.leadImage());
        Refs.SectionRef parent = a.section().parentId() == null ? null : taxonomy.section(a.section().parentId())
                .map(s -> new Refs.SectionRef(s.id(), s.slug(), s.name(), null)).orElse(null);
        String title = a.seoTitle().isBlank() ? a.headline() : a.seoTitle();
        String description = a.seoDescription().isBlank() ? a.standfirst() : a.seoDescription();
        Meta meta = new Meta(title + " | " + parts.publication().name(), description, url, "article", image,
                a.leadImage() == null ? null : a.leadImage().alt(), structured.article(a, url, image, parent),
                parts.feeds(ViewParts.sectionHref(a.section().slug()), a.section().name()),
                null, null, parts.shown(a.firstPublishedAt()).iso(),
                a.updatedAt() == null ? null : parts.shown(a.updatedAt()).iso(), a.section().name(),
                a.tags().stream().map(Refs.TagRef::name).toList());
        List<Views.Correction> corrections = a.corrections().stream()
                .map(c -> new Views.Correction(parts.shown(c.notedAt()), c.text())).toList();
        List<Views.LatestItem> latest = articles.latest(props.latestCount() + 1).stream()
                .filter(s -> s.id() != a.id()).limit(props.latestCount())
                .map(s -> new Views.LatestItem(s.path(), s.headline(), Excerpts.cut(s.standfirst(), 110),
                        parts.shown(s.firstPublishedAt()))).toList();
        return new ArticleView(a.id(), parts.chrome(), meta, parts.sectionLink(a.section()), a.headline(), a.standfirst(),
                parts.bylines(a.bylines()), a.dateline(), parts.shown(a.firstPublishedAt()),
                a.updatedAt() != null && a.updatedAt().isAfter(a.firstPublishedAt()) ? parts.shown(a.updatedAt()) : null,
                corrections, parts.picture(a.leadImage(), "(min-width: 960px) 720px, 100vw"), body.render(a.bodyHtml()),
                a.tags().stream().map(t -> new Link("/tag/" + t.slug(), t.name())).toList(), share(url, a.headline()),
                latest, parts.mostRead(), ViewParts.access(a.access()));
    }

    private static List<Link> share(String url, String headline) {
        String u = URLEncoder.encode(url, StandardCharsets.UTF_8);
        String t = URLEncoder.encode(headline, StandardCharsets.UTF_8);
        return List.of(
                new Link("mailto:?subject=" + t.replace("+", "%20") + "&body=" + u, "E-mail"),
                new Link("https://bsky.app/intent/compose?text=" + t + "%20" + u, "Bluesky"),
                new Link("https://www.facebook.com/sharer/sharer.php?u=" + u, "Facebook"),
                new Link("https://www.linkedin.com/sharing/share-offsite/?url=" + u, "LinkedIn"),
                new Link("https://wa.me/?text=" + t + "%20" + u, "WhatsApp"));
    }
}

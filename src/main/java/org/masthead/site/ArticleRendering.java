package org.masthead.site;

import org.masthead.content.Article;
import org.masthead.content.ArticleExcerpt;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.Refs;
import org.masthead.content.TaxonomyService;
import org.masthead.paywall.PaywallProperties;
import org.masthead.site.Views.ArticleView;
import org.masthead.site.Views.Link;
import org.masthead.site.Views.Meta;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The article page's view record, for the reader route ({@link ArticleController}, published articles only) and
 * for previews. {@link #preview} is the one way to render an article readers cannot see; the reader route's
 * 404 and 410 stay where they were.
 */
@Component
public class ArticleRendering {

    private final ArticleQueries articles;
    private final ArticlePaths paths;
    private final TaxonomyService taxonomy;
    private final ViewParts parts;
    private final BodyRenderer body;
    private final StructuredData structured;
    private final SiteProperties props;
    private final int excerptParagraphs;
    private final Clock clock;
    private final NewsletterViews newsletters;

    ArticleRendering(ArticleQueries articles, ArticlePaths paths, TaxonomyService taxonomy, ViewParts parts,
                     BodyRenderer body, StructuredData structured, SiteProperties props, PaywallProperties paywall,
                     Clock clock, NewsletterViews newsletters) {
        this.articles = articles;
        this.paths = paths;
        this.taxonomy = taxonomy;
        this.parts = parts;
        this.body = body;
        this.structured = structured;
        this.props = props;
        this.excerptParagraphs = paywall.excerptParagraphs();
        this.clock = clock;
        this.newsletters = newsletters;
    }

    /**
     * The page of {@code a} in any status, exactly as readers would see it, dated as it would be if it went out
     * now (or at its scheduled time), in full. It counts no view ({@code id} 0 leaves out the page's view beacon).
     */
    public ArticleView preview(Article a) {
        Instant dated = a.firstPublishedAt() != null ? a.firstPublishedAt()
                : a.scheduledAt() != null ? a.scheduledAt() : clock.instant();
        Article shown = new Article(a.id(), a.slug(), a.section(), a.headline(), a.standfirst(), a.bodyHtml(),
                a.dateline(), a.status(), a.access(), dated, a.updatedAt(), a.scheduledAt(), a.bylines(), a.tags(),
                a.corrections(), a.leadImage(), a.seoTitle(), a.seoDescription(), a.socialMediaId(), a.homePosition(),
                a.createdAt(), a.modifiedAt(), a.version(), a.createdBy(), a.modifiedBy());
        ArticleView v = view(shown, paths.path(shown), null);
        return new ArticleView(0, v.chrome(), v.meta(), v.section(), v.headline(), v.standfirst(), v.bylines(),
                v.dateline(), v.published(), v.updated(), v.corrections(), v.lead(), v.bodyHtml(), v.tags(), v.share(),
                v.latest(), v.mostRead(), v.newsletter(), v.access(), null, null);
    }

    /**
     * The page of a published article: in full when {@code wall} is null; otherwise with the body left out (not
     * hidden: absent), the free excerpt outside the gated element, and the wall.
     */
    ArticleView view(Article a, String path, Views.Wall wall) {
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
                corrections, parts.picture(a.leadImage(), "(min-width: 960px) 720px, 100vw"),
                wall == null ? body.render(a.bodyHtml()) : "",
                a.tags().stream().map(t -> new Link("/tag/" + t.slug(), t.name())).toList(), share(url, a.headline()),
                latest, parts.mostRead(), newsletters.box(a.section()), ViewParts.access(a.access()),
                wall == null ? null : ArticleExcerpt.of(body.render(a.bodyHtml()), excerptParagraphs), wall);
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

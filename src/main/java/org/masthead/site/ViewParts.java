package org.masthead.site;

import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.content.Refs;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.platform.Publication;
import org.masthead.platform.SectionNavigation;
import org.masthead.stats.ArticleViews;
import org.masthead.stats.StatsService;
import org.masthead.site.Views.Card;
import org.masthead.site.Views.Chrome;
import org.masthead.site.Views.FeedLink;
import org.masthead.site.Views.Link;
import org.masthead.site.Views.Picture;
import org.masthead.site.Views.Shown;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the parts many pages share: chrome, cards, pictures, times. */
@Component
class ViewParts {

    static final int MOST_READ = 5;

    private final Publication publication;
    private final TaxonomyService taxonomy;
    private final MediaService media;
    private final ArticleQueries articles;
    private final StatsService stats;
    private final Clock clock;
    private volatile Times times;

    ViewParts(Publication publication, TaxonomyService taxonomy, MediaService media, ArticleQueries articles,
              StatsService stats, Clock clock) {
        this.publication = publication;
        this.taxonomy = taxonomy;
        this.media = media;
        this.articles = articles;
        this.stats = stats;
        this.clock = clock;
    }

    Chrome chrome() {
        List<Section> top = topSections();
        List<Link> nav = SectionNavigation.shown(top.stream().map(Section::id).toList(), publication.navigation()).stream()
                .flatMap(id -> top.stream().filter(s -> s.id() == id))
                .map(s -> new Link(sectionHref(s.slug()), s.name())).toList();
        List<Link> footer = publication.footerLinks().stream().map(f -> new Link(f.url(), f.label())).toList();
        List<Link> social = publication.socialProfiles().stream().map(p -> new Link(p.url(), p.label())).toList();
        Views.Logo logo = publication.logo().map(l -> new Views.Logo(l.path(), l.width(), l.height())).orElse(null);
        return new Chrome(publication.name(), publication.language(), "/", nav, footer,
                String.valueOf(clock.instant().atZone(publication.timeZone()).getYear()), publication.description(),
                logo, social);
    }

    Card card(ArticleSummary a, String sizes) {
        return new Card(a.id(), a.path(), a.headline(), a.standfirst(), sectionLink(a.section()), shown(a.firstPublishedAt()),
                picture(a.leadImage(), sizes), bylines(a.bylines()), access(a.access()));
    }

    List<Card> cards(List<ArticleSummary> list, String sizes) {
        return list.stream().map(a -> card(a, sizes)).toList();
    }

    /**
     * "Most read" of the last day, rendered into the page with no query: the node's kept list, which notes
     * when it will be recomputed, so a cached page showing it expires then ({@code PageDependencies.validUntil});
     * shown through {@link ArticleQueries#publishedSummaries}, so a withdrawn story is left out and its change
     * drops the cached pages that listed it. Rejected: a separately cached fragment fetched by script (a second
     * request per page view, and a list that pops in late), and a query per rendering.
     */
    List<Link> mostRead() {
        List<Long> ids = stats.mostReadNow().stream().map(ArticleViews::articleId).toList();
        return articles.publishedSummaries(ids).stream().limit(MOST_READ)
                .map(a -> new Link(a.path(), a.headline())).toList();
    }

    Picture picture(Refs.LeadImage lead, String sizes) {
        if (lead == null) {
            return null;
        }
        Image image = media.find(lead.mediaId()).orElse(null);
        if (image == null) {
            return null;
        }
        List<Integer> widths = media.widths(image);
        int fallback = widths.stream().filter(w -> w >= 640).findFirst().orElse(widths.get(widths.size() - 1));
        int height = Math.round((float) image.height() * fallback / image.width());
        return new Picture(media.url(image, fallback), media.srcset(image), sizes, lead.alt(), fallback, height,
                lead.caption(), lead.credit());
    }

    /** A reporter's portrait, shown small beside their name. */
    Picture portrait(long mediaId, String name) {
        return picture(new Refs.LeadImage(mediaId, "", "", "Portrait of " + name), "96px");
    }

    /** An absolute URL of a picture's largest variant, for social cards and structured data. */
    String imageUrl(Refs.LeadImage lead) {
        if (lead == null) {
            return null;
        }
        return media.find(lead.mediaId()).map(i -> {
            List<Integer> w = media.widths(i);
            return publication.absolute(media.url(i, w.get(w.size() - 1)));
        }).orElse(null);
    }

    List<Link> bylines(List<Refs.AuthorRef> authors) {
        return authors.stream().map(a -> new Link("/author/" + a.slug(), a.name())).toList();
    }

    Link sectionLink(Refs.SectionRef s) {
        return new Link(sectionHref(s.slug()), s.name());
    }

    static String sectionHref(String slug) {
        return "/" + slug;
    }

    /**
     * The feeds a page advertises: those of its listing ({@code base} is the listing's path, "" for the
     * whole site), RSS then Atom, then the whole site's. Readers offer the first one to subscribe to.
     */
    List<FeedLink> feeds(String base, String title) {
        List<FeedLink> out = new ArrayList<>(List.of(
                new FeedLink(base + "/rss.xml", "application/rss+xml", title + " (RSS)"),
                new FeedLink(base + "/atom.xml", "application/atom+xml", title + " (Atom)")));
        if (!base.isEmpty()) {
            out.addAll(feeds("", publication.name()));
        }
        return out;
    }

    /** A listing's description, or one made from its title when the newsroom wrote none. */
    String description(String title, String description) {
        return description == null || description.isBlank()
                ? "The latest from " + title + " at " + publication.name() + "." : description;
    }

    Shown shown(Instant at) {
        Times.Shown s = times().shown(at);
        return s == null ? null : new Shown(s.iso(), s.text());
    }

    String date(Instant at) {
        return times().date(at);
    }

    static String access(org.masthead.content.AccessLevel level) {
        return switch (level) {
            case FREE -> "";
            case METERED -> "";
            case PREMIUM -> "Subscribers";
        };
    }

    String absolute(String path) {
        return publication.absolute(path);
    }

    /** Formatters for the paper's zone and language, made again when a save of the settings changed either. */
    private Times times() {
        Times t = times;
        if (t == null || !t.zone().equals(publication.timeZone()) || !t.locale().equals(publication.locale())) {
            t = new Times(publication.timeZone(), publication.locale());
            times = t;
        }
        return t;
    }

    Publication publication() {
        return publication;
    }

    List<Section> topSections() {
        return taxonomy.sections().stream().filter(s -> s.parentId() == null).toList();
    }
}

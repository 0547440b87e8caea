package org.masthead.site;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.Refs.LeadImage;
import org.masthead.content.Slugs;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The RSS and Atom feeds over real HTTP, read with ROME as feed readers do and checked as plain XML. */
@H2IntegrationTest
class FeedTests {

    private static final String BASE = Crawl.BASE;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml; charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml; charset=UTF-8");

    @LocalServerPort int port;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired MediaService media;
    @Autowired MutableClock clock;
    @Autowired SiteProperties props;

    private Crawl crawl;

    @BeforeEach
    void crawler() {
        crawl = new Crawl(port);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void theSiteRssFeedIsRss20WithItsChannelAndTheNewestThirtyCanonicalItems() {
        HttpResponse<String> r = crawl.ok("/rss.xml");
        assertThat(MediaType.parseMediaType(Crawl.header(r, "Content-Type"))).isEqualTo(RSS);
        assertThat(Crawl.header(r, "Cache-Control")).contains("public", "max-age=" + props.browserMaxAge().toSeconds(),
                "s-maxage=" + props.sharedMaxAge().toSeconds());
        SyndFeed feed = rome(r);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("The Test Herald");
        assertThat(feed.getLink()).isEqualTo(BASE + "/");
        assertThat(feed.getLanguage()).isEqualTo("en-gb");
        assertThat(feed.getImage().getUrl()).isEqualTo(BASE + "/assets/logo.png");
        assertThat(crawl.bytes(feed.getImage().getUrl()).headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(feed.getEntries()).hasSize(Feeds.SIZE);
        List<Instant> published = feed.getEntries().stream().map(e -> e.getPublishedDate().toInstant()).toList();
        assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
        for (SyndEntry e : feed.getEntries()) {
            assertThat(e.getUri()).as("guid is the permalink").isEqualTo(e.getLink());
            assertThat(crawl.get(e.getLink()).statusCode()).as("canonical, not redirected: " + e.getLink()).isEqualTo(200);
        }

        Document dom = Xml.parse(r.body());
        org.w3c.dom.Element rss = dom.getDocumentElement();
        assertThat(rss.getLocalName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        org.w3c.dom.Element channel = one(rss, null, "channel");
        for (String required : List.of("title", "link", "description", "language", "lastBuildDate")) {
            assertThat(Xml.children(channel, null, required)).as(required).hasSize(1);
        }
        org.w3c.dom.Element self = one(channel, Xml.ATOM, "link");
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo(BASE + "/rss.xml");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
        Instant lastBuild = Crawl.rfc1123(Xml.text(channel, null, "lastBuildDate"));
        assertThat(Crawl.rfc1123(Crawl.header(r, "Last-Modified"))).isEqualTo(lastBuild);
        assertThat(lastBuild).isAfterOrEqualTo(published.get(0));
        for (org.w3c.dom.Element item : Xml.children(channel, null, "item")) {
            for (String required : List.of("title", "link", "guid", "pubDate", "description")) {
                assertThat(Xml.children(item, null, required)).as(required).hasSize(1);
            }
            assertThat(one(item, null, "guid").getAttribute("isPermaLink")).isIn("", "true");
            assertThat(Xml.children(item, Xml.DC, "creator")).isNotEmpty();
            assertThat(Xml.children(item, null, "category")).isNotEmpty();
            assertThat(Xml.children(item, null, "author")).as("RSS <author> must be an e-mail; bylines are dc:creator").isEmpty();
        }
    }

    @Test
    void theSiteAtomFeedIsAtom10WithEverythingRfc4287Requires() {
        HttpResponse<String> r = crawl.ok("/atom.xml");
        assertThat(MediaType.parseMediaType(Crawl.header(r, "Content-Type"))).isEqualTo(ATOM);
        assertThat(Crawl.header(r, "Cache-Control")).contains("public");
        SyndFeed feed = rome(r);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(Feeds.SIZE);

        Document dom = Xml.parse(r.body());
        org.w3c.dom.Element root = dom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(Xml.ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en-GB");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(Xml.children(root, Xml.ATOM, required)).as(required).hasSize(1);
        }
        assertThat(Xml.children(root, Xml.ATOM, "link")).anySatisfy(l -> {
            assertThat(l.getAttribute("rel")).isEqualTo("self");
            assertThat(l.getAttribute("href")).isEqualTo(BASE + "/atom.xml");
        });
        assertThat(Xml.text(one(root, Xml.ATOM, "author"), Xml.ATOM, "name")).isEqualTo("The Test Herald");
        Instant updated = OffsetDateTime.parse(Xml.text(root, Xml.ATOM, "updated")).toInstant();
        assertThat(Crawl.rfc1123(Crawl.header(r, "Last-Modified"))).isEqualTo(updated);
        for (org.w3c.dom.Element entry : Xml.children(root, Xml.ATOM, "entry")) {
            for (String required : List.of("id", "title", "updated", "published", "summary")) {
                assertThat(Xml.children(entry, Xml.ATOM, required)).as(required).hasSize(1);
            }
            Instant entryUpdated = OffsetDateTime.parse(Xml.text(entry, Xml.ATOM, "updated")).toInstant();
            assertThat(entryUpdated).isBeforeOrEqualTo(updated)
                    .isAfterOrEqualTo(OffsetDateTime.parse(Xml.text(entry, Xml.ATOM, "published")).toInstant());
            assertThat(Xml.children(entry, Xml.ATOM, "link")).anySatisfy(l -> {
                assertThat(l.getAttribute("rel")).isEqualTo("alternate");
                assertThat(l.getAttribute("href")).startsWith(BASE + "/");
            });
        }
    }

    @Test
    void anItemCarriesTheArticlesLinkTimesBylinesCategoriesEnclosureAndFullText() {
        Article target = publish(draft(unique("Harbour lights return"), "world", List.of("lena-varga"), List.of(),
                AccessLevel.FREE, null, "<p>Target.</p>"));
        Image image = media.upload(MediaFixtures.jpeg(1200, 800), "feed-probe.jpg", "A harbour at dusk", "The harbour.", "Desk");
        String tag = unique("Feed Probe");
        ArticleDraft d = draft(unique("Ferries & trams"), "europe", List.of("foreign-desk", "lena-varga"), List.of(tag),
                AccessLevel.FREE, new LeadImage(image.id(), "The harbour.", "Desk", "A harbour at dusk"),
                "<p>See <a href=\"/world\">World</a>.</p><aside data-related=\"" + target.id() + "\"></aside><p>More.</p>");
        Article a = publish(d);
        clock.advance(Duration.ofHours(1));
        a = articles.update(a.id(), a.version(), d, false).article();
        String url = BASE + paths.path(a);

        SyndEntry rss = only(rome(crawl.ok("/tag/" + Slugs.of(tag) + "/rss.xml")));
        assertThat(rss.getTitle()).isEqualTo(a.headline());
        assertThat(rss.getLink()).isEqualTo(url);
        assertThat(rss.getUri()).isEqualTo(url);
        assertThat(rss.getPublishedDate().toInstant()).isEqualTo(seconds(a.firstPublishedAt()));
        assertThat(Jsoup.parse(rss.getDescription().getValue()).text()).isEqualTo(a.standfirst());
        assertThat(rss.getCategories()).extracting(SyndCategory::getName).containsExactly("Europe", tag);
        Document rssDom = Xml.parse(crawl.ok("/tag/" + Slugs.of(tag) + "/rss.xml").body());
        assertThat(Xml.all(rssDom, Xml.DC, "creator")).extracting(org.w3c.dom.Element::getTextContent)
                .containsExactly("Foreign Desk", "Lena Varga");
        assertFullText(rss.getContents().get(0).getValue(), target);
        assertThat(rss.getEnclosures()).singleElement().satisfies(e -> {
            HttpResponse<byte[]> served = crawl.bytes(e.getUrl());
            assertThat(e.getUrl()).startsWith(BASE + "/media/" + image.id() + "/1200.");
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(e.getLength()).isEqualTo(served.body().length);
            assertThat(e.getType()).isEqualTo(served.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
        });

        HttpResponse<String> atomResponse = crawl.ok("/tag/" + Slugs.of(tag) + "/atom.xml");
        SyndEntry atom = only(rome(atomResponse));
        assertThat(atom.getUri()).isEqualTo("tag:news.example.org," + a.firstPublishedAt().toString().substring(0, 10)
                + ":article:" + a.id());
        assertThat(atom.getLink()).isEqualTo(url);
        assertThat(atom.getPublishedDate().toInstant()).isEqualTo(seconds(a.firstPublishedAt()));
        assertThat(atom.getUpdatedDate().toInstant()).isEqualTo(seconds(a.updatedAt())).isAfter(atom.getPublishedDate().toInstant());
        assertThat(Crawl.rfc1123(Crawl.header(atomResponse, "Last-Modified"))).isEqualTo(seconds(a.updatedAt()));
        assertThat(atom.getAuthors()).extracting(SyndPerson::getName, SyndPerson::getUri).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Foreign Desk", BASE + "/author/foreign-desk"),
                org.assertj.core.groups.Tuple.tuple("Lena Varga", BASE + "/author/lena-varga"));
        assertThat(atom.getDescription().getValue()).isEqualTo(a.standfirst());
        assertThat(atom.getContents().get(0).getType()).isEqualTo("html");
        assertFullText(atom.getContents().get(0).getValue(), target);
        org.w3c.dom.Element enclosure = Xml.all(Xml.parse(atomResponse.body()), Xml.ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals("enclosure")).findFirst().orElseThrow();
        assertThat(Long.parseLong(enclosure.getAttribute("length")))
                .isEqualTo(crawl.bytes(enclosure.getAttribute("href")).body().length);
        assertThat(enclosure.getAttribute("type")).isEqualTo("image/jpeg");
    }

    @Test
    void meteredAndPremiumArticlesCarryTheSummaryOnly() {
        String tag = unique("Access Probe");
        for (AccessLevel access : AccessLevel.values()) {
            publish(draft(unique(access.name() + " story"), "business", List.of("lena-varga"), List.of(tag), access, null,
                    "<p>The whole " + access + " body.</p>"));
        }
        for (String format : List.of("rss", "atom")) {
            SyndFeed feed = rome(crawl.ok("/tag/" + Slugs.of(tag) + "/" + format + ".xml"));
            assertThat(feed.getEntries()).hasSize(3).allSatisfy(e -> {
                boolean free = e.getTitle().startsWith("FREE");
                assertThat(e.getDescription().getValue()).as("summary of " + e.getTitle()).contains("A standfirst");
                assertThat(e.getContents()).as("full text of " + e.getTitle()).hasSize(free ? 1 : 0);
            });
            assertThat(crawl.ok("/tag/" + Slugs.of(tag) + "/" + format + ".xml").body())
                    .contains("The whole FREE body").doesNotContain("METERED body", "PREMIUM body");
        }
    }

    @Test
    void draftsScheduledAndWithdrawnArticlesNeverAppear() {
        String tag = unique("Lifecycle Probe");
        Article live = publish(draft(unique("Live story"), "world", List.of("lena-varga"), List.of(tag), AccessLevel.FREE, null, "<p>Live.</p>"));
        Article draft = articles.create(draft(unique("Draft story"), "world", List.of("lena-varga"), List.of(tag),
                AccessLevel.FREE, null, "<p>Draft.</p>")).article();
        Article scheduled = articles.create(draft(unique("Scheduled story"), "world", List.of("lena-varga"), List.of(tag),
                AccessLevel.FREE, null, "<p>Later.</p>")).article();
        articles.schedule(scheduled.id(), clock.instant().plus(Duration.ofDays(3)), null);
        Article withdrawn = publish(draft(unique("Withdrawn story"), "world", List.of("lena-varga"), List.of(tag),
                AccessLevel.FREE, null, "<p>Gone.</p>"));
        articles.unpublish(withdrawn.id(), null);

        for (String path : List.of("/tag/" + Slugs.of(tag) + "/rss.xml", "/tag/" + Slugs.of(tag) + "/atom.xml")) {
            assertThat(rome(crawl.ok(path)).getEntries()).extracting(SyndEntry::getTitle).as(path).containsExactly(live.headline());
        }
        for (String path : List.of("/rss.xml", "/atom.xml", "/world/rss.xml", "/author/lena-varga/atom.xml")) {
            assertThat(crawl.ok(path).body()).as(path).doesNotContain(draft.headline(), scheduled.headline(), withdrawn.headline());
        }
    }

    @Test
    void sectionFeedsIncludeSubSectionsAndTagAndAuthorFeedsHoldTheirOwn() {
        Article asia = publish(draft(unique("Monsoon arrives early"), "asia", List.of("foreign-desk"), List.of(), AccessLevel.FREE, null, "<p>Rain.</p>"));
        HttpResponse<String> world = crawl.ok("/world/rss.xml");
        SyndFeed worldFeed = rome(world);
        assertThat(worldFeed.getTitle()).isEqualTo("World | The Test Herald");
        assertThat(worldFeed.getLink()).isEqualTo(BASE + "/world");
        assertThat(worldFeed.getEntries()).extracting(SyndEntry::getTitle).contains(asia.headline());
        assertThat(Xml.all(Xml.parse(world.body()), Xml.ATOM, "link").get(0).getAttribute("href")).isEqualTo(BASE + "/world/rss.xml");
        assertThat(rome(crawl.ok("/asia/atom.xml")).getEntries()).extracting(SyndEntry::getTitle).contains(asia.headline());
        assertThat(rome(crawl.ok("/business/rss.xml")).getEntries()).extracting(SyndEntry::getTitle)
                .isNotEmpty().doesNotContain(asia.headline());

        Document desk = Xml.parse(crawl.ok("/author/foreign-desk/rss.xml").body());
        assertThat(Xml.all(desk, null, "item")).isNotEmpty().allSatisfy(item -> assertThat(Xml.children(item, Xml.DC, "creator"))
                .extracting(org.w3c.dom.Element::getTextContent).contains("Foreign Desk"));
        assertThat(rome(crawl.ok("/author/lena-varga/atom.xml")).getEntries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getAuthors()).extracting(SyndPerson::getName).contains("Lena Varga"));
        assertThat(rome(crawl.ok("/tag/transport/rss.xml")).getEntries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getCategories()).extracting(c -> c.getName().toLowerCase()).contains("transport"));
    }

    @Test
    void unknownSectionsTagsAndAuthorsHaveNoFeed() {
        for (String path : List.of("/no-such-section/rss.xml", "/tag/no-such-tag/atom.xml", "/author/nobody/rss.xml",
                "/tag/rss.xml", "/author/atom.xml", "/world/feed.xml")) {
            HttpResponse<String> r = crawl.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(crawl.get("/tag/no-such-tag/rss.xml").body()).contains("Page not found");
    }

    @Test
    void anAtomIdSurvivesANewSlugWhileTheLinkFollowsIt() {
        String tag = unique("Slug Probe");
        ArticleDraft d = draft(unique("Bridge reopens"), "world", List.of("lena-varga"), List.of(tag), AccessLevel.FREE, null, "<p>Open.</p>");
        Article a = publish(d);
        String feed = "/tag/" + Slugs.of(tag) + "/atom.xml";
        SyndEntry before = only(rome(crawl.ok(feed)));
        a = articles.update(a.id(), a.version(), new ArticleDraft(d.headline(), d.standfirst(), d.body(),
                Slugs.of(unique("bridge-reopens-at-last")), d.section(), d.bylines(), d.tags(), d.dateline(), d.access(),
                null, null, null, null, null), true).article();
        SyndEntry after = only(rome(crawl.ok(feed)));
        assertThat(after.getUri()).isEqualTo(before.getUri());
        assertThat(after.getLink()).isNotEqualTo(before.getLink()).isEqualTo(BASE + paths.path(a));
    }

    @Test
    void theSameArticlesGiveTheSameBytes() {
        assertThat(crawl.ok("/world/atom.xml").body()).isEqualTo(crawl.ok("/world/atom.xml").body());
        assertThat(crawl.ok("/rss.xml").body()).isEqualTo(crawl.ok("/rss.xml").body());
    }

    @Test
    void pagesAdvertiseTheirOwnFeedsFirstThenTheSites() {
        Http http = crawl.http();
        assertThat(feedLinks("/")).containsExactly("application/rss+xml /rss.xml", "application/atom+xml /atom.xml");
        assertThat(feedLinks("/world")).containsExactly("application/rss+xml /world/rss.xml",
                "application/atom+xml /world/atom.xml", "application/rss+xml /rss.xml", "application/atom+xml /atom.xml");
        assertThat(feedLinks("/tag/transport")).startsWith("application/rss+xml /tag/transport/rss.xml");
        assertThat(feedLinks("/author/lena-varga")).startsWith("application/rss+xml /author/lena-varga/rss.xml");
        String article = http.page("/world").selectFirst(".listing .card-headline a").attr("href");
        assertThat(feedLinks(article).get(0)).matches("application/rss\\+xml /(world|europe|asia)/rss.xml");
        for (Element link : http.page("/world").select("head link[rel=alternate]")) {
            HttpResponse<String> r = crawl.ok(link.attr("href"));
            assertThat(MediaType.parseMediaType(Crawl.header(r, "Content-Type")).getSubtype()).isEqualTo(link.attr("type").split("/")[1]);
            assertThat(link.attr("title")).endsWith(link.attr("type").contains("atom") ? "(Atom)" : "(RSS)");
        }
        assertThat(http.page("/").select("footer a[type]")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("RSS /rss.xml", "Atom /atom.xml");
    }

    private List<String> feedLinks(String path) {
        return crawl.http().page(path).select("head link[rel=alternate]").stream().map(l -> l.attr("type") + " " + l.attr("href")).toList();
    }

    private void assertFullText(String html, Article target) {
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html);
        Element also = body.selectFirst(".also-read a");
        assertThat(also.text()).isEqualTo("Also read: " + target.headline());
        assertThat(also.attr("href")).isEqualTo(BASE + paths.path(target));
        assertThat(body.selectFirst("a:containsOwn(World)").attr("href")).isEqualTo(BASE + "/world");
        assertThat(body.select("[href], [src]")).allSatisfy(e ->
                assertThat(e.hasAttr("href") ? e.attr("href") : e.attr("src")).startsWith("https://"));
    }

    private Article publish(ArticleDraft d) {
        return articles.publish(articles.create(d).article().id(), null);
    }

    private static ArticleDraft draft(String headline, String section, List<String> bylines, List<String> tags,
                                      AccessLevel access, LeadImage lead, String body) {
        return new ArticleDraft(headline, "A standfirst for " + headline + ", with fish & chips.", body, null, section,
                bylines, tags, "OSLO", access, lead, null, null, null, null);
    }

    private static SyndFeed rome(HttpResponse<String> r) {
        try {
            return new SyndFeedInput().build(new StringReader(r.body()));
        } catch (FeedException e) {
            throw new AssertionError("ROME cannot read the feed: " + e.getMessage(), e);
        }
    }

    private static SyndEntry only(SyndFeed feed) {
        assertThat(feed.getEntries()).hasSize(1);
        return feed.getEntries().get(0);
    }

    private static org.w3c.dom.Element one(org.w3c.dom.Element parent, String ns, String local) {
        List<org.w3c.dom.Element> found = Xml.children(parent, ns, local);
        assertThat(found).as(local).hasSize(1);
        return found.get(0);
    }

    private static Instant seconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }
}

package org.masthead.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleFilter;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Slugs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;
import static org.masthead.site.SitemapXml.NEWS;
import static org.masthead.site.SitemapXml.SITEMAP;

/** The sitemaps as a crawler reads them, from robots.txt down; run on H2 and on PostgreSQL by the two subclasses. */
abstract class SitemapContract {

    private static final String BASE = Crawl.BASE;
    private static final ZoneId PAPER = ZoneId.of("Asia/Kolkata");
    private static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+05:30";

    @LocalServerPort int port;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired ArticlePaths paths;
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
    void theIndexAndEverySitemapItNamesAreValidAndPagedAtTheConfiguredSize() {
        HttpResponse<String> r = crawl.ok("/sitemap.xml");
        Document index = Xml.parse(r.body());
        Xml.validateSitemap(index);
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        long published = queries.published(ArticleFilter.ALL, 1, 1).total();
        List<Element> files = Xml.all(index, SITEMAP, "sitemap");
        assertThat(files.stream().filter(f -> loc(f).contains("/sitemaps/articles-")))
                .hasSize((int) ((published + props.sitemapSize() - 1) / props.sitemapSize())).hasSizeGreaterThan(1);
        for (Element file : files) {
            HttpResponse<String> sitemap = crawl.ok(loc(file));
            Document doc = Xml.parse(sitemap.body());
            Xml.validateSitemap(doc);
            List<Element> urls = Xml.all(doc, SITEMAP, "url");
            assertThat(urls).as(loc(file)).isNotEmpty().hasSizeLessThanOrEqualTo(props.sitemapSize());
            String lastmod = Xml.text(file, SITEMAP, "lastmod");
            if (lastmod != null) {
                Instant newest = urls.stream().map(u -> instant(Xml.text(u, SITEMAP, "lastmod"))).max(Instant::compareTo).orElseThrow();
                assertThat(instant(lastmod)).as("lastmod of " + loc(file)).isEqualTo(newest);
                assertThat(Crawl.rfc1123(Crawl.header(sitemap, "Last-Modified"))).isEqualTo(newest);
            }
        }
    }

    @Test
    void sitemapsAreXmlInUtf8ThatCachesMayKeep() {
        for (String path : List.of("/sitemap.xml", "/sitemaps/articles-1.xml", "/sitemaps/news.xml", "/sitemaps/sections.xml")) {
            HttpResponse<String> r = crawl.ok(path);
            assertThat(MediaType.parseMediaType(r.headers().firstValue("Content-Type").orElseThrow()))
                    .isEqualTo(MediaType.parseMediaType("application/xml; charset=UTF-8"));
            assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("public",
                    "max-age=" + props.browserMaxAge().toSeconds(), "s-maxage=" + props.sharedMaxAge().toSeconds());
            assertThat(r.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        }
    }

    @Test
    void articleSitemapsListEveryPublishedArticleOnceAndNothingElse() {
        Article fresh = publish(draft(unique("Sitemap fresh")));
        Article draft = articles.create(draft(unique("Sitemap draft"))).article();
        Article withdrawn = publish(draft(unique("Sitemap withdrawn")));
        articles.unpublish(withdrawn.id(), null);

        Map<String, String> lastmods = urls("articles");
        assertThat(lastmods).hasSize((int) queries.published(ArticleFilter.ALL, 1, 1).total());
        assertThat(lastmods).containsEntry(BASE + paths.path(fresh), W3cDateTime.format(fresh.firstPublishedAt(), PAPER))
                .doesNotContainKeys(BASE + paths.path(draft), BASE + paths.path(withdrawn));
        assertThat(lastmods.values()).allSatisfy(v -> assertThat(v).matches(W3C));
        lastmods.keySet().forEach(crawl::ok);
    }

    @Test
    void anUpdateMovesTheLastmodAndATypoFixDoesNot() {
        ArticleDraft d = draft(unique("Sitemap update"));
        Article a = publish(d);
        clock.advance(Duration.ofHours(2));
        a = articles.update(a.id(), a.version(), d, false).article();
        String url = BASE + paths.path(a);
        assertThat(urls("articles")).containsEntry(url, W3cDateTime.format(a.updatedAt(), PAPER));
        clock.advance(Duration.ofHours(1));
        articles.update(a.id(), a.version(), ContentFixtures.withBody(d, "<p>Body, with a typo fixed.</p>"), true);
        assertThat(urls("articles")).containsEntry(url, W3cDateTime.format(a.updatedAt(), PAPER));
        String lastFile = fileLastmods().entrySet().stream().filter(e -> e.getKey().contains("/sitemaps/articles-"))
                .reduce((x, y) -> y).orElseThrow().getValue();
        assertThat(instant(lastFile)).isAfterOrEqualTo(a.updatedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void theNewsSitemapHoldsOnlyWhatWasFirstPublishedInTheLastTwoDays() {
        Article a = publish(draft(unique("Tolls & <fares> rise")));
        HttpResponse<String> r = crawl.ok("/sitemaps/news.xml");
        Document doc = Xml.parse(r.body());
        Xml.validateSitemap(doc);
        Instant now = clock.instant();
        List<String> expected = queries.latest(500).stream()
                .filter(s -> !s.firstPublishedAt().isBefore(now.minus(Duration.ofDays(2))))
                .map(s -> BASE + s.path()).toList();
        List<Element> urls = Xml.all(doc, SITEMAP, "url");
        assertThat(urls).extracting(u -> Xml.text(u, SITEMAP, "loc")).containsExactlyInAnyOrderElementsOf(expected)
                .hasSizeLessThan(queries.latest(500).size()).hasSizeLessThanOrEqualTo(Sitemaps.NEWS_MAX);
        Element mine = urls.stream().filter(u -> Xml.text(u, SITEMAP, "loc").equals(BASE + paths.path(a))).findFirst().orElseThrow();
        Element news = Xml.children(mine, NEWS, "news").get(0);
        Element publication = Xml.children(news, NEWS, "publication").get(0);
        assertThat(Xml.text(publication, NEWS, "name")).isEqualTo("The Test Herald");
        assertThat(Xml.text(publication, NEWS, "language")).isEqualTo("en");
        assertThat(Xml.text(news, NEWS, "publication_date")).isEqualTo(W3cDateTime.format(a.firstPublishedAt(), PAPER)).matches(W3C);
        assertThat(Xml.text(news, NEWS, "title")).isEqualTo(a.headline());

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertThat(crawl.ok("/sitemaps/news.xml").body()).doesNotContain(paths.path(a));
    }

    @Test
    void sectionTagAndAuthorSitemapsListPagesThatAnswerAndSkipUnusedTags() {
        String unused = unique("Draft Only Tag");
        ArticleDraft d = draft(unique("Only a draft"));
        articles.create(new ArticleDraft(d.headline(), d.standfirst(), d.body(), null, d.section(), d.bylines(),
                List.of(unused), d.dateline(), d.access(), null, null, null, null, null));
        List<String> sections = new ArrayList<>(urls("sections").keySet());
        List<String> tags = new ArrayList<>(urls("tags").keySet());
        List<String> authors = new ArrayList<>(urls("authors").keySet());
        assertThat(sections).contains(BASE + "/", BASE + "/world", BASE + "/europe", BASE + "/sport");
        assertThat(tags).contains(BASE + "/tag/transport").doesNotContain(BASE + "/tag/" + Slugs.of(unused));
        assertThat(authors).contains(BASE + "/author/lena-varga", BASE + "/author/foreign-desk");
        List.of(sections, tags, authors).stream().flatMap(List::stream).forEach(crawl::ok);
    }

    @Test
    void sitemapPagesPastTheEndAnswer404() {
        for (String path : List.of("/sitemaps/articles-0.xml", "/sitemaps/articles-99999.xml", "/sitemaps/tags-0.xml",
                "/sitemaps/tags-999.xml", "/sitemaps/nothing.xml")) {
            assertThat(crawl.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    /** loc → lastmod ("" when none) of every URL in the sitemaps of one kind the index names, in order. */
    private Map<String, String> urls(String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String file : fileLastmods().keySet()) {
            if (file.startsWith(BASE + "/sitemaps/" + kind)) {
                for (Element u : Xml.all(Xml.parse(crawl.ok(file).body()), SITEMAP, "url")) {
                    String lastmod = Xml.text(u, SITEMAP, "lastmod");
                    assertThat(out.put(Xml.text(u, SITEMAP, "loc"), lastmod == null ? "" : lastmod)).as("listed once").isNull();
                }
            }
        }
        return out;
    }

    private Map<String, String> fileLastmods() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element f : Xml.all(Xml.parse(crawl.ok("/sitemap.xml").body()), SITEMAP, "sitemap")) {
            out.put(loc(f), String.valueOf(Xml.text(f, SITEMAP, "lastmod")));
        }
        return out;
    }

    private Article publish(ArticleDraft d) {
        return articles.publish(articles.create(d).article().id(), null);
    }

    private static ArticleDraft draft(String headline) {
        return new ArticleDraft(headline, "A standfirst.", "<p>Body.</p>", null, "europe", List.of("lena-varga"),
                List.of("Sitemap Probe"), "RIGA", AccessLevel.FREE, null, null, null, null, null);
    }

    private static String loc(Element e) {
        return Xml.text(e, SITEMAP, "loc");
    }

    private static Instant instant(String w3c) {
        return OffsetDateTime.parse(w3c).toInstant();
    }

}

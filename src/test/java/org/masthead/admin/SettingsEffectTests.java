package org.masthead.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.Publication;
import org.masthead.platform.SettingsFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.published;
import static org.masthead.content.ContentFixtures.unique;

/**
 * Each setting as readers meet it, saved through the settings screen: pages, feeds and structured data, and
 * at once — pages kept in the page cache before the save are not served again.
 */
@H2IntegrationTest
class SettingsEffectTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired TaxonomyService taxonomy;
    @Autowired MediaService media;
    @Autowired ChangeFeed feed;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate tx;

    private Http reader;
    private StaffBrowser admin;

    @BeforeEach
    void signIn() {
        reader = new Http(port);
        admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
    }

    @AfterEach
    void reset() {
        SettingsFixtures.reset(ctx);
    }

    private void save(Map<String, String> changes) {
        HttpResponse<String> r = SettingsForm.settings(admin, changes);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    }

    @Test
    void theNameTaglineAndLanguageShowOnPagesFeedsAndStructuredData() {
        reader.page("/"); // now in the page cache
        reader.get("/rss.xml");
        save(Map.of("name", "The Evening Lamp", "description", "Lit since 1887", "language", "fr-ca"));

        Document home = reader.page("/");
        assertThat(home.selectFirst(".brand").text()).isEqualTo("The Evening Lamp");
        assertThat(home.selectFirst(".tagline").text()).isEqualTo("Lit since 1887");
        assertThat(home.title()).isEqualTo("The Evening Lamp");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("fr-CA");
        assertThat(home.selectFirst("meta[name=description]").attr("content")).isEqualTo("Lit since 1887");
        assertThat(home.selectFirst("meta[property=og:site_name]").attr("content")).isEqualTo("The Evening Lamp");
        assertThat(home.selectFirst(".copyright").text()).contains("The Evening Lamp");
        assertThat(node(home, "NewsMediaOrganization").get("name").asString()).isEqualTo("The Evening Lamp");

        Document rss = xml(reader.get("/rss.xml").body());
        assertThat(rss.selectFirst("channel > title").text()).isEqualTo("The Evening Lamp");
        assertThat(rss.selectFirst("channel > description").text()).isEqualTo("Lit since 1887");
        assertThat(rss.selectFirst("channel > language").text()).isEqualToIgnoringCase("fr-ca");
        Document atom = xml(reader.get("/atom.xml").body());
        assertThat(atom.selectFirst("feed").attr("xml:lang")).isEqualTo("fr-CA");

        Article a = published(articles, draft(unique("Lamp story")));
        Document story = reader.page(paths.path(a));
        assertThat(story.title()).endsWith("| The Evening Lamp");
        assertThat(node(story, "NewsArticle").get("inLanguage").asString()).isEqualTo("fr-CA");
        assertThat(node(story, "NewsArticle").get("publisher").get("name").asString()).isEqualTo("The Evening Lamp");
        assertThat(story.selectFirst(".dates time").text()).containsAnyOf("janvier", "février", "mars", "avril", "mai",
                "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
    }

    @Test
    void footerLinksAndSocialProfilesShowInTheFooterAndAsSameAs() {
        reader.page("/");
        save(Map.of("footer-0-label", "Contact", "footer-0-url", "/contact", "footer-1-label", "Jobs",
                "footer-1-url", "https://jobs.example.org/", "footer-1-order", "0",
                "social-bluesky", "https://bsky.app/profile/lamp.example", "social-mastodon", "https://mastodon.social/@lamp"));

        Document home = reader.page("/");
        assertThat(home.select("nav[aria-label=Footer] a")).extracting(e -> e.text() + " " + e.attr("href"))
                .startsWith("Jobs https://jobs.example.org/", "Contact /contact");
        assertThat(home.select(".site-footer .social a")).extracting(e -> e.text() + " " + e.attr("href") + " " + e.attr("rel"))
                .containsExactly("Bluesky https://bsky.app/profile/lamp.example me noopener",
                        "Mastodon https://mastodon.social/@lamp me noopener");
        assertThat(node(home, "NewsMediaOrganization").get("sameAs")).extracting(JsonNode::asString)
                .containsExactly("https://bsky.app/profile/lamp.example", "https://mastodon.social/@lamp");

        save(Map.of("footer-0-label", "", "footer-0-url", "", "social-bluesky", "", "social-mastodon", ""));
        Document after = reader.page("/");
        assertThat(after.select("nav[aria-label=Footer] a")).extracting(e -> e.text()).doesNotContain("Jobs").contains("Contact");
        assertThat(after.select(".site-footer .social")).isEmpty();
        assertThat(node(after, "NewsMediaOrganization").has("sameAs")).isFalse();
    }

    @Test
    void aLogoFromTheMediaLibraryReplacesTheWordmarkInTheMastheadFeedsAndStructuredData() {
        Image logo = media.upload(MediaFixtures.image("png", 800, 100), "lamp-logo.png", "", "", "");
        reader.page("/");
        save(Map.of("logo", String.valueOf(logo.id())));

        Document home = reader.page("/");
        String src = home.selectFirst(".brand img").attr("src");
        assertThat(src).startsWith("/media/" + logo.id() + "/");
        assertThat(home.selectFirst(".brand img").attr("alt")).isEqualTo("The Test Herald");
        assertThat(reader.getBytes(src).statusCode()).isEqualTo(200);
        assertThat(node(home, "NewsMediaOrganization").get("logo").get("url").asString()).isEqualTo("https://news.example.org" + src);
        assertThat(xml(reader.get("/rss.xml").body()).selectFirst("channel > image > url").text()).isEqualTo("https://news.example.org" + src);
        assertThat(admin.page("/admin/settings").selectFirst(".logo-preview img").attr("src")).isEqualTo(src);
        assertThat(admin.page("/admin/media/" + logo.id()).select(".uses li").eachText())
                .anySatisfy(use -> assertThat(use).contains("The publication’s logo"));
        HttpResponse<String> delete = admin.post("/admin/media/" + logo.id() + "/delete");
        assertThat(delete.statusCode()).as("the masthead's logo is not deleted from under it").isEqualTo(409);
        assertThat(Jsoup.parse(delete.body()).selectFirst(".kept").text()).contains("the publication’s logo");

        save(Map.of("logo", ""));
        Document back = reader.page("/");
        assertThat(back.select(".brand img")).isEmpty();
        assertThat(node(back, "NewsMediaOrganization").get("logo").get("url").asString()).isEqualTo("https://news.example.org/assets/logo.png");
    }

    @Test
    void theNavigationFollowsTheSavedOrderAndLeavesOutHiddenSections() {
        List<Section> top = taxonomy.sections().stream().filter(s -> s.parentId() == null).toList();
        assertThat(top).hasSizeGreaterThanOrEqualTo(3);
        Section first = top.get(0);
        Section last = top.get(top.size() - 1);
        reader.page("/");
        Map<String, String> changes = new HashMap<>();
        changes.put("nav-" + last.id() + "-order", "0");
        changes.put("nav-" + first.id() + "-shown", null);
        save(changes);

        List<String> nav = reader.page("/").select("nav.sections a").eachText();
        assertThat(nav.get(0)).isEqualTo(last.name());
        assertThat(nav).doesNotContain(first.name()).hasSize(top.size() - 1);
        assertThat(reader.get("/" + first.slug()).statusCode()).as("hidden from the bar, not from readers").isEqualTo(200);
        Document form = admin.page("/admin/settings");
        assertThat(form.selectFirst("#nav-" + first.id() + "-shown").hasAttr("checked")).isFalse();
        assertThat(form.select("table.lines").first().selectFirst("tbody tr a").text()).isEqualTo(last.name());
    }

    @Test
    void aSaveOnAnotherNodeReachesThisNodesPagesThroughTheChangeFeed() {
        reader.page("/"); // kept in the page cache, and the settings in this node's copy
        tx.executeWithoutResult(s -> { // what another node's save leaves behind: the row and a change entry
            db.sql("""
                    INSERT INTO platform_setting (setting_key, setting_text, modified_at, modified_by)
                    VALUES ('name', 'The Far Node Gazette', CURRENT_TIMESTAMP, 'elsewhere')
                    """).update();
            feed.record(Publication.TOPIC, 0);
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(reader.page("/").selectFirst(".brand").text()).isEqualTo("The Far Node Gazette"));
    }

    @Test
    void anotherTimeZoneRedatesArticlesAndTheirOldAddressesStillLand() {
        Article a = published(articles, draft(unique("Midnight story")));
        String before = paths.path(a);
        String zone = List.of("Pacific/Pago_Pago", "Pacific/Kiritimati").stream()
                .filter(z -> !a.firstPublishedAt().atZone(ZoneId.of(z)).toLocalDate()
                        .equals(a.firstPublishedAt().atZone(ZoneId.of("Asia/Kolkata")).toLocalDate()))
                .findFirst().orElseThrow();
        reader.page(before);
        save(Map.of("timeZone", zone));

        String after = paths.path(a);
        assertThat(after).isNotEqualTo(before);
        HttpResponse<String> old = reader.get(before);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("location")).hasValue(after);
        Document story = reader.page(after);
        String offset = a.firstPublishedAt().atZone(ZoneId.of(zone)).getOffset().getId();
        assertThat(story.selectFirst(".dates time").attr("datetime")).endsWith(offset);
        assertThat(reader.page("/").select("a[href=" + after + "]")).isNotEmpty();
    }

    private static JsonNode node(Document page, String type) {
        JsonNode graph = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        return StreamSupport.stream(graph.spliterator(), false).filter(n -> n.path("@type").asString("").equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + graph));
    }

    private static Document xml(String body) {
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}

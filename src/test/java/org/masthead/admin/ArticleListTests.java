package org.masthead.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleStatus;
import org.masthead.content.ArticleWorkflow;
import org.masthead.content.ContentFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The article list: filters, search, sorting, pages, bulk unpublish, and the "Also read" search. */
@H2IntegrationTest
class ArticleListTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleQueries queries;

    private static List<String> headlines(Document list) {
        return list.select("td.headline-cell > a:first-child").eachText();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void filtersByStatusSectionAccessAndHeadlineAndSortsByHeadline() {
        String word = unique("Kestrel").replace(" ", "");
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        ArticleDraft d = ContentFixtures.draft("B " + word + " draft");
        articles.create(d, editor.id());
        Article live = ContentFixtures.published(articles, ContentFixtures.withSection(ContentFixtures.draft("A " + word + " live"), "business"));
        articles.create(new ArticleDraft("C " + word + " premium", "", "<p>x</p>", null, "world", List.of("lena-varga"),
                List.of(), "", AccessLevel.PREMIUM, null, null, null, null, null), editor.id());

        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, editor);
        assertThat(headlines(browser.page("/admin/articles?q=" + q(word.toLowerCase()) + "&sort=headline")))
                .containsExactly("A " + word + " live", "B " + word + " draft", "C " + word + " premium");
        assertThat(headlines(browser.page("/admin/articles?q=" + q(word) + "&status=published"))).containsExactly(live.headline());
        assertThat(headlines(browser.page("/admin/articles?q=" + q(word) + "&section=business"))).containsExactly(live.headline());
        assertThat(headlines(browser.page("/admin/articles?q=" + q(word) + "&access=premium"))).containsExactly("C " + word + " premium");
        assertThat(headlines(browser.page("/admin/articles?q=" + q(word) + "&author=foreign-desk"))).isEmpty();
        assertThat(browser.get("/admin/articles?status=lost").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesThroughTheListTwentyFiveAtATime() {
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        Document first = browser.page("/admin/articles?sort=published");
        assertThat(first.select("td.headline-cell")).hasSize(25);
        String next = first.selectFirst(".pager a[rel=next]").attr("href");
        Document second = browser.page(next);
        assertThat(second.selectFirst(".pager span").text()).startsWith("Page 2 of");
        assertThat(headlines(second)).doesNotContainAnyElementsOf(headlines(first));
    }

    @Test
    void aContributorSeesOnlyTheirOwnArticles() {
        StaffUser contributor = StaffFixtures.member(ctx, Role.CONTRIBUTOR);
        Article mine = articles.create(ContentFixtures.draft(unique("Mine")), contributor.id()).article();
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, contributor);
        Document list = browser.page("/admin/articles");
        assertThat(headlines(list)).containsExactly(mine.headline());
        assertThat(list.select("input[name=ids]")).isEmpty();
    }

    @Test
    void unpublishesSeveralAfterAConfirmationPage() {
        Article one = ContentFixtures.published(articles, ContentFixtures.draft(unique("Bulk one")));
        Article two = ContentFixtures.published(articles, ContentFixtures.draft(unique("Bulk two")));
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        browser.page("/admin/articles");
        var confirm = browser.post("/admin/articles/unpublish", "ids", String.valueOf(one.id()), "ids", String.valueOf(two.id()));
        Document page = Jsoup.parse(confirm.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Unpublish 2 articles?");
        assertThat(queries.byId(one.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

        var done = browser.post("/admin/articles/unpublish", "confirm", "yes", "ids", String.valueOf(one.id()),
                "ids", String.valueOf(two.id()));
        assertThat(browser.page(done.headers().firstValue("location").orElseThrow()).selectFirst(".notice").text())
                .isEqualTo("Unpublished 2 articles.");
        assertThat(queries.byId(two.id()).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    }

    @Test
    void theAlsoReadSearchFindsPublishedAndOwnScheduledArticlesOnly() throws Exception {
        String word = unique("Osprey").replace(" ", "");
        StaffUser author = StaffFixtures.member(ctx, Role.AUTHOR);
        Article live = ContentFixtures.published(articles, ContentFixtures.draft(word + " live"));
        Article mineLater = articles.create(ContentFixtures.draft(word + " mine later"), author.id()).article();
        workflow.schedule(mineLater.id(), Instant.now().plus(Duration.ofDays(1)), null, author.id());
        long other = StaffFixtures.member(ctx, Role.AUTHOR).id();
        Article othersLater = articles.create(ContentFixtures.draft(word + " others later"), other).article();
        workflow.schedule(othersLater.id(), Instant.now().plus(Duration.ofDays(1)), null, other);
        articles.create(ContentFixtures.draft(word + " draft"), author.id());

        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, author);
        JsonNode json = JsonMapper.builder().build().readTree(browser.get("/admin/articles/search.json?q=" + q(word)).body());
        assertThat(json.get("items").findValuesAsString("headline")).containsExactlyInAnyOrder(live.headline(), mineLater.headline());
        JsonNode first = json.get("items").get(0);
        assertThat(first.get("section").asString()).isEqualTo("World");
        assertThat(first.get("status").asString()).isIn("published", "scheduled");
    }
}

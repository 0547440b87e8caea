package org.masthead.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** What a reader sees on an article page, over real HTTP. */
@H2IntegrationTest
class ArticlePageTests {

    @LocalServerPort int port;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired ArticlePaths paths;

    private Article publish(ArticleDraft d) {
        return ContentFixtures.published(articles, d);
    }

    @Test
    void showsEverythingANewsArticlePageShows() {
        Article target = publish(draft(unique("Harbour reopens")));
        Article a = publish(ContentFixtures.withBody(draft(unique("Tram strike ends")),
                "<p>First.</p><aside data-related=\"" + target.id() + "\"></aside><p>Second.</p>"));
        a = articles.addCorrection(a.id(), "An earlier version misnamed the union.");
        Document page = new Http(port).page(paths.path(a));

        assertThat(page.selectFirst("h1.headline").text()).isEqualTo(a.headline());
        assertThat(page.selectFirst(".standfirst").text()).isEqualTo(a.standfirst());
        Element kicker = page.selectFirst(".article-header a.kicker");
        assertThat(kicker.text()).isEqualTo("World");
        assertThat(kicker.attr("href")).isEqualTo("/world");
        assertThat(page.select(".byline a[rel=author]")).extracting(e -> e.attr("href")).containsExactly("/author/lena-varga");
        assertThat(page.selectFirst(".dateline").text()).startsWith("VIENNA");
        Element published = page.selectFirst(".dates time");
        assertThat(published.attr("datetime")).endsWith("+05:30");
        assertThat(published.text()).matches("\\d{1,2} \\w+ \\d{4}, \\d{1,2}:\\d{2} (am|pm) IST");
        assertThat(page.selectFirst(".dates .updated")).as("a correction sets Updated").isNotNull();
        assertThat(page.selectFirst(".corrections").text()).contains("An earlier version misnamed the union.");
        Element also = page.selectFirst(".article-body .also-read a");
        assertThat(also.text()).isEqualTo("Also read: " + target.headline());
        assertThat(also.attr("href")).isEqualTo(paths.path(target));
        assertThat(page.select(".tags a")).extracting(Element::text).contains("Test Tag");
        assertThat(page.select(".share a")).extracting(Element::text).contains("E-mail", "Bluesky");
        assertThat(page.select(".latest li")).isNotEmpty();
        assertThat(page.selectFirst(".latest time").hasAttr("data-relative")).isTrue();
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.org" + paths.path(a));
    }

    @Test
    void relatedBlockRendersNothingOnceItsTargetIsUnpublishedAndFollowsItsNewHeadline() {
        Article target = publish(draft(unique("Bridge vote")));
        Article a = publish(ContentFixtures.withBody(draft(unique("Council meets")),
                "<p>One.</p><aside data-related=\"" + target.id() + "\"></aside>"));
        Http http = new Http(port);
        Article t2 = queries.byId(target.id()).orElseThrow();
        articles.update(t2.id(), t2.version(), new ArticleDraft("Bridge vote delayed again", t2.standfirst(), t2.bodyHtml(),
                t2.slug(), "world", List.of("lena-varga"), List.of(), "", t2.access(), null, null, null, null, null), false);
        assertThat(http.page(paths.path(a)).selectFirst(".also-read a").text()).isEqualTo("Also read: Bridge vote delayed again");

        articles.unpublish(target.id(), null);
        assertThat(http.page(paths.path(a)).select(".also-read")).isEmpty();
    }

    @Test
    void unknownArticlesAre404UnpublishedAre410AndOldUrlsRedirect() {
        Http http = new Http(port);
        assertThat(http.get("/world/2020/01/01/no-such-story").statusCode()).isEqualTo(404);

        Article a = publish(draft(unique("Renamed story")));
        String oldPath = paths.path(a);
        Article renamed = articles.update(a.id(), a.version(),
                ContentFixtures.withSection(ContentFixtures.withSlug(draft(a.headline()), a.slug() + "-new"), "politics"), true).article();
        HttpResponse<String> moved = http.get(oldPath);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith(paths.path(renamed));
        assertThat(paths.path(renamed)).startsWith("/politics/");

        articles.unpublish(a.id(), null);
        assertThat(http.get(paths.path(renamed)).statusCode()).isEqualTo(410);
        assertThat(http.get(paths.path(renamed)).body()).contains("withdrawn");
    }

    @Test
    void draftsAreNotVisibleToReaders() {
        Article a = articles.create(draft(unique("Secret draft"))).article();
        assertThat(new Http(port).get(paths.path(a)).statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousPagesSetNoCookieAndCarrySecurityHeaders() {
        HttpResponse<String> home = new Http(port).get("/");
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }
}

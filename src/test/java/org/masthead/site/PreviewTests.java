package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.PreviewLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** Signed preview links: anyone may read the version they name, nobody keeps or indexes it, and they expire. */
@H2IntegrationTest
class PreviewTests {

    @LocalServerPort int port;
    @Autowired ArticleService articles;
    @Autowired PreviewLinks links;
    @Autowired ArticlePaths paths;
    @Autowired MutableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aDraftReadsAsReadersWouldSeeItWithoutSigningInButOnlyThroughTheLink() {
        Article draft = articles.create(ContentFixtures.withBody(ContentFixtures.draft(unique("Not out yet")),
                "<p>Words as sent.</p>")).article();
        String token = links.mint(draft.id(), draft.version()).token();
        Http http = new Http(port);

        HttpResponse<String> frames = http.get("/preview/" + token);
        assertThat(frames.statusCode()).isEqualTo(200);
        assertThat(frames.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(frames.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
        assertThat(frames.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-src 'self'"));
        Document bar = Jsoup.parse(frames.body());
        assertThat(bar.selectFirst(".preview-bar h1").text()).isEqualTo(draft.headline());
        assertThat(bar.select("iframe")).extracting(f -> f.attr("width")).containsExactly("390", "1280");

        HttpResponse<String> page = http.get("/preview/" + token + "/article");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'self'"));
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        Document article = Jsoup.parse(page.body());
        assertThat(article.selectFirst("h1.headline").text()).isEqualTo(draft.headline());
        assertThat(article.selectFirst(".article-body").text()).contains("Words as sent.");
        assertThat(article.selectFirst("article").hasAttr("data-article-id")).as("a preview counts no view").isFalse();

        assertThat(http.get(paths.path(draft)).statusCode()).as("the reader route still knows no draft").isEqualTo(404);
    }

    @Test
    void showsTheVersionTheLinkWasMadeForAndSaysWhenThereIsANewerOne() {
        Article a = articles.create(ContentFixtures.withBody(ContentFixtures.draft(unique("Versioned preview")),
                "<p>First take.</p>")).article();
        String token = links.mint(a.id(), a.version()).token();
        articles.update(a.id(), a.version(), ContentFixtures.withBody(ContentFixtures.draft(a.headline()), "<p>Second take.</p>"), false);

        Http http = new Http(port);
        assertThat(Jsoup.parse(http.get("/preview/" + token + "/article").body()).selectFirst(".article-body").text())
                .contains("First take.").doesNotContain("Second take.");
        assertThat(Jsoup.parse(http.get("/preview/" + token).body()).selectFirst(".preview-bar .newer")).isNotNull();
    }

    @Test
    void aChangedTokenFindsNothingAndAnOldOneHasExpired() {
        Article a = articles.create(ContentFixtures.draft(unique("Expiring preview"))).article();
        String token = links.mint(a.id(), a.version()).token();
        Http http = new Http(port);
        String otherId = (a.id() + 1) + token.substring(token.indexOf('-'));
        assertThat(http.get("/preview/" + otherId + "/article").statusCode()).isEqualTo(404);
        assertThat(http.get("/preview/not-a-token").statusCode()).isEqualTo(404);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        HttpResponse<String> expired = http.get("/preview/" + token + "/article");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(expired.body()).selectFirst("h1").text()).isEqualTo("This preview link has expired");
        assertThat(expired.headers().firstValue("Cache-Control")).contains("no-store");
    }
}

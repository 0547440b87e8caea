package org.masthead.members;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.members.MemberFixtures.PASSWORD;
import static org.masthead.members.MemberFixtures.freshAddress;
import static org.masthead.members.MemberFixtures.member;
import static org.masthead.members.MemberFixtures.signedIn;

/**
 * The Save button and the identity behind cached pages, over HTTP: plain form posts, script posts, an anonymous
 * reader saving through sign-in, what the identity cookie alone answers, and what reader cookies do to caching.
 */
@H2IntegrationTest
class SavedStoriesHttpTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired MutableClock clock;
    @Autowired MeterRegistry meters;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private Article story(String headline) {
        return MemberFixtures.story(articles, headline);
    }

    private double hits() {
        return meters.get("masthead.page.cache").tag("result", "hit").counter().count();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("location").orElse("");
    }

    @Test
    void aPlainFormPostSavesAndReturnsToThePageItCameFrom() {
        Article a = story("Saved by form");
        String path = paths.path(a);
        ReaderBrowser b = signedIn(port, member(ctx, "Form Reader"));
        HttpResponse<String> r = b.postWith("/saved", new String[]{"Origin", b.base(), "Referer", b.base() + path},
                "article", String.valueOf(a.id()), "action", "save");
        assertThat(location(r)).isEqualTo(path);
        assertThat(b.get("/saved/state.json?ids=" + a.id() + ",1").body()).isEqualTo("{\"saved\":[" + a.id() + "]}");
        assertThat(b.page("/account").select("#saved .saved-headline").eachText()).contains(a.headline());

        r = b.post("/saved", "article", String.valueOf(a.id()), "action", "remove", "next", "/account#saved");
        assertThat(location(r)).isEqualTo("/account#saved");
        assertThat(b.get("/saved/state.json?ids=" + a.id()).body()).isEqualTo("{\"saved\":[]}");
    }

    @Test
    void fromScriptTheAnswerIsJsonAndThePageStays() {
        Article a = story("Saved by script");
        ReaderBrowser b = signedIn(port, member(ctx, "Script Reader"));
        HttpResponse<String> r = b.postWith("/saved", new String[]{"Origin", b.base(), "Accept", "application/json"},
                "article", String.valueOf(a.id()), "action", "save");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"saved\":true}");
        HttpResponse<String> gone = b.postWith("/saved", new String[]{"Origin", b.base(), "Accept", "application/json"},
                "article", "987654321", "action", "save");
        assertThat(gone.statusCode()).isEqualTo(404);
        long draft = articles.create(ContentFixtures.draft(ContentFixtures.unique("Draft"))).article().id();
        assertThat(b.post("/saved", "article", String.valueOf(draft)).statusCode()).isEqualTo(404);
    }

    @Test
    void anAnonymousReaderIsAskedToSignInAndTheStoryIsSavedOnceTheyHave() {
        Article a = story("Saved after sign-in");
        String path = paths.path(a);
        Member m = member(ctx, "Late Reader");
        ReaderBrowser b = new ReaderBrowser(port, freshAddress());
        HttpResponse<String> r = b.postWith("/saved", new String[]{"Origin", b.base(), "Referer", b.base() + path},
                "article", String.valueOf(a.id()), "action", "save");
        String signIn = "/account/sign-in?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&saving";
        assertThat(location(r)).isEqualTo(signIn);
        assertThat(Jsoup.parse(b.get(signIn).body()).selectFirst(".auth-lead").text()).contains("to save this story");

        r = b.post("/account/sign-in", "email", m.email(), "password", PASSWORD, "next", path);
        assertThat(location(r)).isEqualTo(path);
        assertThat(r.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("MASTHEAD_SAVE=;"));
        assertThat(b.get("/saved/state.json?ids=" + a.id()).body()).isEqualTo("{\"saved\":[" + a.id() + "]}");
    }

    @Test
    void pageScriptLearnsTheReaderFromTheIdentityCookieAloneAndRenewsItFromTheSession() {
        Member m = member(ctx, "Identified Reader");
        ReaderBrowser b = signedIn(port, m);
        assertThat(b.get("/account/identity").body()).isEqualTo("{\"signedIn\":true,\"name\":\"Identified Reader\",\"renew\":false}");
        String token = b.cookie(Readers.IDENTITY_COOKIE).orElseThrow().getValue();
        b.setCookie(Readers.IDENTITY_COOKIE, token.replace("~", "~9"));
        assertThat(b.get("/account/identity").body()).as("a tampered identity").contains("\"signedIn\":false", "\"renew\":true");

        b.setCookie(Readers.IDENTITY_COOKIE, token);
        clock.advance(Duration.ofMinutes(31));
        assertThat(b.get("/account/identity").body()).as("expired").contains("\"signedIn\":false", "\"renew\":true");
        HttpResponse<String> renewed = b.post("/account/identity");
        assertThat(renewed.body()).contains("\"signedIn\":true");
        assertThat(renewed.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("MASTHEAD_ID=").contains("HttpOnly"));
        assertThat(b.get("/account/identity").body()).contains("\"signedIn\":true");

        b.post("/account/sessions/end-all");
        b.setCookie(Readers.SESSION_COOKIE, "ended");
        HttpResponse<String> refused = b.post("/account/identity");
        assertThat(refused.body()).contains("\"signedIn\":false");
        assertThat(refused.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("MASTHEAD_READER=;"));
    }

    @Test
    void articlePagesSetNoReaderCookieAndServeSignedInReadersTheCachedPageWithNothingPersonal() {
        Article a = story("Cached for strangers");
        String path = paths.path(a);
        ReaderBrowser anonymous = new ReaderBrowser(port, freshAddress());
        await("served from the page cache, once the publication's change has passed").atMost(Duration.ofSeconds(10))
                .until(() -> {
                    double before = hits();
                    HttpResponse<String> r = anonymous.get(path);
                    assertThat(r.headers().allValues("set-cookie")).isEmpty();
                    return hits() > before;
                });

        ReaderBrowser reader = signedIn(port, member(ctx, "Signed Reader"));
        double before = hits();
        HttpResponse<String> page = reader.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("set-cookie")).as("article pages never set reader cookies").isEmpty();
        assertThat(hits()).as("a signed-in reader gets the kept page too (site.ReaderParts adds their part)").isGreaterThan(before);
        assertThat(Jsoup.parse(page.body()).selectFirst("[data-reader-link]").text())
                .as("nothing personal in the HTML; script fills the name in").isEqualTo("Sign in");
        assertThat(page.body()).doesNotContain("Signed Reader");
    }

    @Test
    void aForgedCrossSitePostIsRefusedAndChangesNothing() {
        Article a = story("Forgery target");
        Member m = member(ctx, "Targeted Reader");
        ReaderBrowser b = signedIn(port, m);
        String[] evil = {"Origin", "https://evil.example.com", "Sec-Fetch-Site", "cross-site"};
        assertThat(b.postWith("/saved", evil, "article", String.valueOf(a.id())).statusCode()).isEqualTo(403);
        assertThat(b.postWith("/account/sessions/end-all", evil).statusCode()).isEqualTo(403);
        assertThat(b.postWith("/account/delete", evil, "confirmEmail", m.email()).statusCode()).isEqualTo(403);
        assertThat(b.postWith("/saved", new String[]{}, "article", String.valueOf(a.id())).statusCode())
                .as("neither Origin nor Sec-Fetch-Site").isEqualTo(403);
        HttpResponse<String> refused = b.postWith("/account/name", evil, "displayName", "Hacked");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).selectFirst("h1").text()).isEqualTo("Not allowed");

        assertThat(b.get("/saved/state.json?ids=" + a.id()).body()).isEqualTo("{\"saved\":[]}");
        assertThat(b.get("/account").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(ctx.getBean(MemberAccounts.class).member(m.id()).displayName()).isEqualTo("Targeted Reader");

        HttpResponse<String> fetchMetadata = b.postWith("/saved", new String[]{"Sec-Fetch-Site", "same-origin"},
                "article", String.valueOf(a.id()));
        assertThat(fetchMetadata.statusCode()).as("a browser that sends no Origin").isEqualTo(302);
        HttpResponse<String> publication = b.postWith("/saved", new String[]{"Origin", "https://news.example.org"},
                "article", String.valueOf(a.id()), "action", "remove");
        assertThat(publication.statusCode()).as("the configured base URL's origin").isEqualTo(302);
    }
}

package org.masthead.stats;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The view beacon over real HTTP, as a reader's browser, a bot and another site send it. */
@H2IntegrationTest
class ViewBeaconTests {

    static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired StatsService stats;
    @Autowired MeterRegistry meters;

    private long published() {
        return ContentFixtures.published(articles, StatsFixtures.story("Beaconed story")).id();
    }

    private HttpResponse<String> beacon(long articleId, String... headers) {
        return new Http(port).send("POST", ViewBeacon.PATH + articleId, null, null, headers);
    }

    /** Views of the article this hour, once this node has flushed. */
    private long counted(long articleId) {
        StatsFixtures.flushAndRefresh(ctx);
        return stats.hourlyViews(articleId, Duration.ofHours(1)).get(0).views();
    }

    private double beacons(String result) {
        return meters.get("masthead.stats.beacons").tag("result", result).counter().count();
    }

    @Test
    void aReadersViewIsCountedAndAnsweredWithNoContentNoCookieAndNoStore() {
        long id = published();
        HttpResponse<String> r = beacon(id, "User-Agent", CHROME, "Sec-Fetch-Site", "same-origin",
                "Origin", "http://127.0.0.1:" + port);

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().allValues("set-cookie")).as("no session, no CSRF cookie").isEmpty();
        assertThat(r.headers().firstValue("cache-control").orElseThrow()).contains("no-store");
        beacon(id, "User-Agent", CHROME); // a browser without Fetch Metadata or Origin
        assertThat(counted(id)).isEqualTo(2);
    }

    @Test
    void aBotsViewIsAnsweredAlikeButNotCounted() {
        long id = published();
        double bots = beacons("bot");
        assertThat(beacon(id, "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .statusCode()).isEqualTo(204);
        assertThat(beacon(id, "User-Agent", CHROME, "Sec-Purpose", "prefetch;prerender").statusCode()).isEqualTo(204);
        assertThat(counted(id)).isZero();
        assertThat(beacons("bot")).isEqualTo(bots + 2);
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        long id = published();
        double rejected = beacons("rejected");
        assertThat(beacon(id, "User-Agent", CHROME, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(beacon(id, "User-Agent", CHROME, "Origin", "https://elsewhere.example.net").statusCode()).isEqualTo(403);
        assertThat(counted(id)).isZero();
        assertThat(beacons("rejected")).isEqualTo(rejected + 2);
    }

    @Test
    void onlyAPostWithAPositiveNumberCounts() {
        Http http = new Http(port);
        assertThat(http.send("POST", ViewBeacon.PATH + "abc", null, null, "User-Agent", CHROME).statusCode()).isEqualTo(400);
        assertThat(http.send("POST", ViewBeacon.PATH + "0", null, null, "User-Agent", CHROME).statusCode()).isEqualTo(400);
        long id = published();
        assertThat(http.get(ViewBeacon.PATH + id, "User-Agent", CHROME).statusCode()).isEqualTo(405);
        assertThat(counted(id)).isZero();
    }

    @Test
    void anArticlePageCarriesItsIdForTheBeaconAndBeaconsShowInPrometheus() {
        Article a = ContentFixtures.published(articles, StatsFixtures.story("Beaconed page"));
        Http http = new Http(port);
        assertThat(http.page(paths.path(a)).select("article[data-article-id]"))
                .singleElement().extracting(e -> e.attr("data-article-id")).isEqualTo(String.valueOf(a.id()));
        assertThat(http.get("/assets/site.js").body()).contains(ViewBeacon.PATH);
        beacon(a.id(), "User-Agent", CHROME);

        String metrics = new Http(managementPort).get("/actuator/prometheus").body();
        assertThat(metrics).contains("masthead_stats_beacons_total{", "result=\"counted\"", "result=\"bot\"",
                "result=\"rejected\"", "masthead_stats_views_dropped_total");
    }
}

package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.platform.ChangeFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** The page cache seen from outside: same answers as a fresh rendering, validators, and exact invalidation. */
@H2IntegrationTest
class PageCacheTests {

    @LocalServerPort int port;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired ArticlePaths paths;
    @Autowired PageCache cache;
    @Autowired ChangeFeed feed;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    /**
     * Publishes, then lets the change feed deliver the change here too (it reaches every node, this one
     * included), so later cache assertions cannot race its second, harmless invalidation.
     */
    private Article publish(ArticleDraft d) {
        Article a = ContentFixtures.published(articles, d);
        feed.poll();
        return a;
    }

    @Test
    void aCachedPageIsAnsweredWithTheSameHeadersAndBytesAsItsFirstRendering() throws IOException {
        Article a = publish(draft(unique("Cached tram")));
        Http http = new Http(port);
        HttpResponse<String> first = http.get(paths.path(a));
        assertThat(cache.peek(paths.path(a))).as("kept after the first rendering").isNotNull();
        HttpResponse<String> second = http.get(paths.path(a));

        assertThat(second.body()).isEqualTo(first.body());
        for (String h : List.of("content-security-policy", "x-content-type-options", "x-frame-options",
                "referrer-policy", "cache-control", "content-type", "etag", "last-modified")) {
            assertThat(second.headers().firstValue(h)).as(h).isPresent().isEqualTo(first.headers().firstValue(h));
        }
        assertThat(second.headers().firstValue("cache-control").orElseThrow()).contains("public", "s-maxage=");
        assertThat(second.headers().firstValue("content-security-policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(second.headers().allValues("set-cookie")).isEmpty();

        HttpResponse<byte[]> zipped = http.getBytes(paths.path(a), "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("vary").orElseThrow()).containsIgnoringCase("accept-encoding");
        assertThat(zipped.body().length).isLessThan(first.body().getBytes(StandardCharsets.UTF_8).length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
        }
    }

    @Test
    void validatorsAnswer304WithoutABody() {
        Article a = publish(draft(unique("Validated ferry")));
        Http http = new Http(port);
        HttpResponse<String> first = http.get(paths.path(a));
        String etag = first.headers().firstValue("etag").orElseThrow();

        HttpResponse<String> byTag = http.get(paths.path(a), "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("etag")).contains(etag);
        HttpResponse<String> byDate = http.get(paths.path(a), "If-Modified-Since",
                first.headers().firstValue("last-modified").orElseThrow());
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(http.get(paths.path(a), "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aNewStoryAppearsAtOnceInTheLatestListOfPagesAlreadyCached() {
        Article old = publish(draft(unique("Already cached")));
        Http http = new Http(port);
        http.page(paths.path(old));
        http.page("/");
        Article fresh = newest(draft(unique("Breaking bridge")));

        assertThat(http.page(paths.path(old)).select(".latest a")).extracting(e -> e.text()).contains(fresh.headline());
        assertThat(http.page("/").text()).contains(fresh.headline());
    }

    /**
     * Publishes a story that is the newest of all. Other tests move the shared clock on, which publishes stories
     * scheduled by yet other tests at times still ahead of the real clock; "Latest" rightly lists those first, so
     * a story published at the real "now" would not be the newest.
     */
    private Article newest(ArticleDraft d) {
        Instant latest = db.sql("SELECT MAX(first_published_at) FROM content_article WHERE status = 'PUBLISHED'")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().map(OffsetDateTime::toInstant)
                .orElse(Instant.EPOCH);
        Duration ahead = Duration.between(clock.instant(), latest);
        try {
            if (!ahead.isNegative()) {
                clock.advance(ahead.plusSeconds(60));
            }
            return publish(d);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aChangedOrWithdrawnStoryUpdatesTheAlsoReadBlocksThatPointAtIt() {
        Article target = publish(draft(unique("Dam inquiry")));
        Article pointing = publish(ContentFixtures.withBody(draft(unique("River levels")),
                "<p>One.</p><aside data-related=\"" + target.id() + "\"></aside>"));
        Http http = new Http(port);
        assertThat(http.page(paths.path(pointing)).selectFirst(".also-read a").text()).contains(target.headline());

        Article t = queries.byId(target.id()).orElseThrow();
        articles.update(t.id(), t.version(), new ArticleDraft("Dam inquiry reports " + t.id(), t.standfirst(), t.bodyHtml(),
                t.slug(), "world", List.of("lena-varga"), List.of(), "", t.access(), null, null, null, null, null), false);
        assertThat(http.page(paths.path(pointing)).selectFirst(".also-read a").text()).endsWith("Dam inquiry reports " + t.id());

        articles.unpublish(target.id(), null);
        assertThat(http.page(paths.path(pointing)).selectFirst(".also-read")).isNull();
    }

    @Test
    void aNotYetPublishedTargetAppearsInAlsoReadOncePublished() {
        Article draftTarget = articles.create(draft(unique("Budget leak"))).article();
        Article pointing = publish(ContentFixtures.withBody(draft(unique("Treasury silent")),
                "<p>One.</p><aside data-related=\"" + draftTarget.id() + "\"></aside>"));
        Http http = new Http(port);
        assertThat(http.page(paths.path(pointing)).selectFirst(".also-read")).isNull();
        articles.publish(draftTarget.id(), null);
        assertThat(http.page(paths.path(pointing)).selectFirst(".also-read a").text()).contains("Budget leak");
    }

    @Test
    void aCorrectionToAnOldStoryLeavesUnrelatedPagesCached() {
        List<Article> demo = queries.published(org.masthead.content.ArticleFilter.ALL, 3, 20).items().stream()
                .map(s -> queries.byId(s.id()).orElseThrow()).toList();
        Article old = demo.get(demo.size() - 1);
        Article recent = queries.byId(queries.latest(1).get(0).id()).orElseThrow();
        Http http = new Http(port);
        http.page(paths.path(old));
        http.page(paths.path(recent));
        CachedPage recentBefore = cache.peek(paths.path(recent));
        assertThat(recentBefore).isNotNull();

        articles.addCorrection(old.id(), "An earlier version gave the wrong year.");
        feed.poll(); // the same change as other nodes hear it

        assertThat(cache.peek(paths.path(old))).as("the corrected story is dropped").isNull();
        assertThat(cache.peek(paths.path(recent))).as("a recent story's page does not show the old one").isSameAs(recentBefore);
        assertThat(http.page(paths.path(old)).selectFirst(".corrections").text()).contains("wrong year");
    }

    @Test
    void aChangeMadeByAnotherNodeReachesThisNodeThroughTheChangeFeed() {
        Article a = publish(draft(unique("Quiet harbour")));
        Http http = new Http(port);
        http.page(paths.path(a));
        String changed = "Harbour changed elsewhere " + a.id();
        tx.executeWithoutResult(s -> { // what another node's edit leaves behind: the row and a change entry
            db.sql("UPDATE content_article SET headline = :h WHERE id = :id").param("h", changed).param("id", a.id()).update();
            feed.record("article", a.id());
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.page(paths.path(a)).selectFirst("h1").text()).isEqualTo(changed));
    }

    @Test
    void requestsWithCredentialsOrASessionNeverSeeTheCache() {
        Article a = publish(draft(unique("Private view")));
        Http http = new Http(port);
        http.get(paths.path(a), "Cookie", "SESSION=abc");
        assertThat(cache.peek(paths.path(a))).isNull();
        http.get(paths.path(a), "Authorization", "Bearer nothing");
        assertThat(cache.peek(paths.path(a))).isNull();
        http.get(paths.path(a), "Cookie", "theme=dark");
        assertThat(cache.peek(paths.path(a))).isNotNull();
    }

    @Test
    void errorPagesAreNotKept() {
        Http http = new Http(port);
        assertThat(http.get("/world/2020/01/01/no-such-story").statusCode()).isEqualTo(404);
        assertThat(cache.peek("/world/2020/01/01/no-such-story")).isNull();
    }

    @Test
    void anonymousPagesSetNoCookie() {
        Document home = Jsoup.parse(new Http(port).get("/").body());
        assertThat(home.select("input[name=_csrf]")).isEmpty();
        assertThat(new Http(port).get("/").headers().allValues("set-cookie")).isEmpty();
    }
}

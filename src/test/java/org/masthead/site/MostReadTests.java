package org.masthead.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.platform.ChangeFeed;
import org.masthead.stats.StatsFixtures;
import org.masthead.stats.StatsProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Most read" on the front page and beside stories: what readers counted, after a flush, on cached pages too.
 * Each test publishes in real time, then counts in quiet days (no views in the last 24 hours) on the shared clock.
 */
@H2IntegrationTest
class MostReadTests {

    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired PageCache cache;
    @Autowired ChangeFeed feed;
    @Autowired StatsProperties stats;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** Counting starts here, after the articles were published in real time. */
    private void quietDay() {
        StatsFixtures.quietDays(ctx, clock, Duration.ofDays(1));
    }

    @AfterEach
    void backToRealTime() {
        StatsFixtures.backToRealTime(ctx, clock);
    }

    private Article publish(String headline) {
        Article a = ContentFixtures.published(articles, StatsFixtures.story(headline));
        feed.poll(); // heard here as other nodes hear it, so it cannot drop a page later in the test
        return a;
    }

    /** Readers' browsers sending the beacon. */
    private void read(Article a, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(http.send("POST", "/stats/view/" + a.id(), null, null, "User-Agent", CHROME,
                    "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(204);
        }
    }

    private List<String> mostRead(Document page) {
        return page.select(".most-read li a").stream().map(Element::text).toList();
    }

    @Test
    void aBurstOfViewsShowsInMostReadOnTheFrontPageAndBesideStoriesAfterAFlush() {
        Article popular = publish("Everyone reads this");
        Article second = publish("Some read this");
        Article unread = publish("Nobody reads this");
        quietDay();
        read(second, 2);
        read(popular, 5);
        assertThat(mostRead(http.page("/"))).as("nothing before a flush").isEmpty();

        StatsFixtures.flushAndRefresh(ctx);
        clock.advance(stats.mostReadRefresh()); // the front page just rendered expires with its list

        Document home = http.page("/");
        assertThat(mostRead(home)).containsExactly(popular.headline(), second.headline());
        assertThat(home.select(".most-read li a").first().attr("href")).isEqualTo(paths.path(popular));
        assertThat(mostRead(http.page(paths.path(unread)))).containsExactly(popular.headline(), second.headline());
    }

    @Test
    void aCachedPageShowsTheNewListOnceItsListIsRecomputedAndNoLater() {
        Article first = publish("First to be read");
        Article overtaking = publish("Read by many more");
        quietDay();
        read(first, 2);
        StatsFixtures.flushAndRefresh(ctx);
        Document before = http.page("/");
        assertThat(mostRead(before)).containsExactly(first.headline());
        CachedPage kept = cache.peek("/");
        assertThat(kept).as("the front page is cached").isNotNull();
        assertThat(kept.validUntil).as("for no longer than its list").isBeforeOrEqualTo(clock.instant().plus(stats.mostReadRefresh()));

        read(overtaking, 6);
        StatsFixtures.flushAndRefresh(ctx);
        assertThat(mostRead(http.page("/"))).as("still the cached page").containsExactly(first.headline());

        clock.advance(stats.mostReadRefresh());
        StatsFixtures.flushAndRefresh(ctx); // what each node's scheduler does at that moment
        assertThat(mostRead(http.page("/"))).containsExactly(overtaking.headline(), first.headline());
    }

    @Test
    void aWithdrawnStoryLeavesMostReadAtOnceEvenOnCachedPages() {
        Article withdrawn = publish("Soon withdrawn");
        Article staying = publish("Staying up");
        Article reading = publish("Page beside the list");
        quietDay();
        read(withdrawn, 4);
        read(staying, 2);
        StatsFixtures.flushAndRefresh(ctx);
        assertThat(mostRead(http.page("/"))).containsExactly(withdrawn.headline(), staying.headline());
        assertThat(mostRead(http.page(paths.path(reading)))).containsExactly(withdrawn.headline(), staying.headline());
        assertThat(cache.peek("/")).isNotNull();
        assertThat(cache.peek(paths.path(reading))).isNotNull();

        clock.reset(); // withdrawn in real time: a change dated in the quiet days would head other tests' lists
        articles.unpublish(withdrawn.id(), null);

        assertThat(mostRead(http.page("/"))).containsExactly(staying.headline());
        assertThat(mostRead(http.page(paths.path(reading)))).containsExactly(staying.headline());
    }
}

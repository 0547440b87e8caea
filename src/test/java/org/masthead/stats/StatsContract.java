package org.masthead.stats;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.platform.SqlDialect;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting as it reaches the database, on H2 and on PostgreSQL (the two subclasses): several nodes adding to
 * the same rows, batches, what is dropped, windows and retention. Each test works in its own quiet days.
 */
abstract class StatsContract {

    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;
    @Autowired StatsService stats;
    @Autowired StatsRepository repo;
    @Autowired StatsProperties props;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired TransactionTemplate tx;
    @Autowired MeterRegistry meters;
    @Autowired SqlDialect dialect;

    abstract SqlDialect.Database database();

    /** Counting starts here, after the articles were published in real time. */
    Instant quietDays(Duration window) {
        return StatsFixtures.quietDays(ctx, clock, window);
    }

    @AfterEach
    void backToRealTime() {
        StatsFixtures.backToRealTime(ctx, clock);
    }

    /** Another node: its own counter, the shared database. */
    ViewCounter counter() {
        return new ViewCounter(clock, props);
    }

    private ViewFlush node(ViewCounter counter, int batchSize) {
        return new ViewFlush(counter, repo, queries, tx, new StatsProperties(props.flushInterval(),
                props.mostReadRefresh(), props.mostReadWindow(), props.retention(), props.maxPendingKeys(), batchSize), meters);
    }

    ViewFlush node(ViewCounter counter) {
        return node(counter, props.batchSize());
    }

    long published(String headline) {
        return ContentFixtures.published(articles, StatsFixtures.story(headline)).id();
    }

    static void count(ViewCounter counter, long articleId, int views) {
        IntStream.range(0, views).forEach(i -> counter.count(articleId));
    }

    private long viewsInTheLastHour(long articleId) {
        return stats.hourlyViews(articleId, Duration.ofHours(1)).get(0).views();
    }

    @Test
    void upsertsWithTheStatementOfTheDatabaseItRunsOn() {
        assertThat(dialect.database()).isEqualTo(database());
    }

    @Test
    void flushesFromTwoNodesAddUpInTheSameRows() {
        long a = published("Two nodes, one story");
        long b = published("Two nodes, another");
        quietDays(Duration.ofDays(1));
        ViewCounter one = counter();
        ViewCounter two = counter();
        count(one, a, 3);
        count(two, a, 2);
        count(two, b, 1);
        node(one).flush();
        node(two).flush();
        count(one, a, 4);
        node(one).flush();

        assertThat(viewsInTheLastHour(a)).isEqualTo(9);
        assertThat(viewsInTheLastHour(b)).isEqualTo(1);
        assertThat(stats.mostRead(Duration.ofHours(1), 10)).containsExactly(new ArticleViews(a, 9), new ArticleViews(b, 1));
    }

    @Test
    void aFlushWritesOneRowPerArticleAndHourInOneBatchHoweverManyTheViews() {
        long a = published("Batched one");
        long b = published("Batched two");
        long c = published("Batched three");
        quietDays(Duration.ofDays(1));
        ViewCounter counter = counter();
        count(counter, a, 500);
        count(counter, b, 300);
        count(counter, c, 200);

        ViewFlush.Flushed flushed = node(counter).flush();
        assertThat(flushed).isEqualTo(new ViewFlush.Flushed(3, 1, 1000, 0));
        assertThat(stats.mostRead(Duration.ofHours(1), 3)).extracting(ArticleViews::views).containsExactly(500L, 300L, 200L);

        count(counter, a, 1);
        count(counter, b, 1);
        count(counter, c, 1);
        assertThat(node(counter, 2).flush()).as("batches of two rows").isEqualTo(new ViewFlush.Flushed(3, 2, 3, 0));
        assertThat(node(counter).flush()).as("nothing left").isEqualTo(new ViewFlush.Flushed(0, 0, 0, 0));
    }

    @Test
    void viewsOfArticlesThatAreNotPublishedAreDroppedAtTheFlush() {
        long kept = published("Counted story");
        long draft = articles.create(StatsFixtures.story("Never published")).article().id();
        long withdrawn = published("Withdrawn story");
        articles.unpublish(withdrawn, null);
        quietDays(Duration.ofDays(1));
        ViewCounter counter = counter();
        count(counter, kept, 2);
        count(counter, draft, 1);
        count(counter, withdrawn, 1);
        count(counter, 9_000_000_000L, 3);

        assertThat(node(counter).flush()).isEqualTo(new ViewFlush.Flushed(1, 1, 2, 5));
        assertThat(stats.mostRead(Duration.ofHours(1), 10)).containsExactly(new ArticleViews(kept, 2));
    }

    @Test
    void mostReadAndHourlyTotalsCoverOnlyTheirWindow() {
        long a = published("Window a");
        long b = published("Window b");
        long c = published("Window c");
        Instant t = quietDays(Duration.ofDays(7));
        ViewCounter counter = counter();
        clock.advance(Duration.ofHours(-30));
        count(counter, c, 10);     // a day and six hours ago: in the week, not in the day
        clock.advance(Duration.ofHours(10));
        count(counter, a, 2);      // twenty hours ago
        clock.advance(Duration.ofHours(19));
        count(counter, b, 3);      // an hour ago
        clock.advance(Duration.ofHours(1));
        count(counter, a, 2);      // now
        node(counter).flush();

        assertThat(stats.mostRead(Duration.ofHours(24), 10)).containsExactly(new ArticleViews(a, 4), new ArticleViews(b, 3));
        assertThat(stats.mostRead(Duration.ofDays(7), 2)).containsExactly(new ArticleViews(c, 10), new ArticleViews(a, 4));
        assertThat(stats.siteHourlyViews(Duration.ofHours(24))).hasSize(24)
                .extracting(HourlyViews::views).containsOnly(0L, 2L, 3L).contains(3L, 2L);
        assertThat(stats.siteHourlyViews(Duration.ofHours(24)).stream().mapToLong(HourlyViews::views).sum()).isEqualTo(7);
        assertThat(stats.hourlyViews(a, Duration.ofDays(7))).hasSize(168)
                .last().isEqualTo(new HourlyViews(Hours.start(t), 2));
    }

    @Test
    void hourlyCountsOlderThanTheRetentionArePruned() {
        long a = published("Old news");
        quietDays(Duration.ofDays(1));
        ViewCounter counter = counter();
        clock.advance(props.retention().negated().minusHours(2));
        count(counter, a, 5);
        clock.advance(Duration.ofHours(4));
        count(counter, a, 7);
        node(counter).flush();
        clock.advance(props.retention().minusHours(2));

        assertThat(stats.prune()).isEqualTo(1);
        assertThat(stats.hourlyViews(a, props.retention().plusDays(1)).stream().mapToLong(HourlyViews::views).sum())
                .isEqualTo(7);
        assertThat(stats.prune()).as("safe to run again").isZero();
    }
}

package org.masthead.stats;

import org.masthead.MutableClock;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ContentFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Drives this node's counting in integration tests, instead of beacons and waiting for the scheduler. */
public final class StatsFixtures {
    private StatsFixtures() {
    }

    /**
     * A story to count views of: in Science, a section no listing test pages through, since these tests
     * publish many and the newest fill a section's first page.
     */
    public static ArticleDraft story(String headline) {
        return ContentFixtures.withSection(ContentFixtures.draft(ContentFixtures.unique(headline)), "science");
    }

    /** Counts {@code n} views of an article on this node, as {@code n} beacons from readers would. */
    public static void views(ApplicationContext ctx, long articleId, int n) {
        ViewCounter counter = ctx.getBean(ViewCounter.class);
        for (int i = 0; i < n; i++) {
            counter.count(articleId);
        }
    }

    /** What this node's scheduler does every so often: adds its counts to the database, recomputes "Most read". */
    public static void flushAndRefresh(ApplicationContext ctx) {
        ctx.getBean(ViewFlush.class).flush();
        ctx.getBean(StatsService.class).refreshMostRead();
    }

    /**
     * Back to real time, with this node's "Most read" recomputed there, so no later test sees a list from the
     * days a test moved to. Publish, edit and withdraw articles in real time too: an article first published
     * in those days would head every newest-first list once the clock is back.
     */
    public static void backToRealTime(ApplicationContext ctx, MutableClock clock) {
        clock.reset();
        ctx.getBean(StatsService.class).refreshMostRead();
    }

    /**
     * Moves the shared clock past the latest hour any test recorded views in, by {@code window} and a day, so
     * windows up to that long start empty there and a test sees only its own views; then recomputes this
     * node's "Most read" there, as its scheduler would have by that time. See {@link #backToRealTime}.
     */
    public static Instant quietDays(ApplicationContext ctx, MutableClock clock, Duration window) {
        OffsetDateTime latest = ctx.getBean(JdbcClient.class).sql("SELECT MAX(hour_start) FROM stats_article_hour")
                .query(OffsetDateTime.class).optional().orElse(null);
        Instant from = latest == null || latest.toInstant().isBefore(clock.instant()) ? clock.instant() : latest.toInstant();
        clock.advance(Duration.between(clock.instant(), from.plus(window).plus(Duration.ofDays(1))));
        ctx.getBean(StatsService.class).refreshMostRead();
        return clock.instant();
    }
}

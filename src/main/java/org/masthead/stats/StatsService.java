package org.masthead.stats;

import org.masthead.platform.PageDependencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Page-view counts for other modules: the most read articles and hourly series from the database (dashboards),
 * and the "Most read" list each node keeps for reader pages. Counts are as of the last flush of every node,
 * so up to {@link StatsProperties#flushInterval()} behind. Windows are whole UTC hours ({@link Hours#since}).
 */
@Service
public class StatsService {

    /** Kept per node: more than pages show, so that withdrawn stories leave room. */
    static final int KEPT = 20;

    private static final Logger log = LoggerFactory.getLogger(StatsService.class);

    private record Kept(List<ArticleViews> items, Instant validUntil) { }

    private final StatsRepository repo;
    private final StatsProperties props;
    private final Clock clock;
    private volatile Kept kept;

    StatsService(StatsRepository repo, StatsProperties props, Clock clock) {
        this.repo = repo;
        this.props = props;
        this.clock = clock;
    }

    /** The {@code limit} articles viewed most in the {@code window} up to now, most first; one query. */
    public List<ArticleViews> mostRead(Duration window, int limit) {
        return repo.mostRead(Hours.since(clock.instant(), window), limit);
    }

    /** Views of one article per hour over the {@code window}, oldest first, one point per hour (zeros included). */
    public List<HourlyViews> hourlyViews(long articleId, Duration window) {
        Instant now = clock.instant();
        Instant since = Hours.since(now, window);
        return Hours.series(since, now, repo.hourly(articleId, since));
    }

    /** Views of the whole site per hour over the {@code window}, as {@link #hourlyViews}. */
    public List<HourlyViews> siteHourlyViews(Duration window) {
        Instant now = clock.instant();
        Instant since = Hours.since(now, window);
        return Hours.series(since, now, repo.siteHourly(since));
    }

    /**
     * The most read of the last {@link StatsProperties#mostReadWindow()} as this node last computed them
     * (every {@link StatsProperties#mostReadRefresh()}), most first, without a query: for reader pages. Notes
     * in {@link PageDependencies} when the list is recomputed, so a cached page showing it lives no longer.
     * It may name articles withdrawn since; show them through the content module, which drops those.
     */
    public List<ArticleViews> mostReadNow() {
        Kept k = kept;
        if (k == null) {
            k = refreshMostRead(); // once per node, before the first scheduled refresh
        }
        PageDependencies.validUntil(k.validUntil());
        return k.items();
    }

    /**
     * Recomputes this node's list from every node's flushed counts. On a database error the old list stays,
     * for another period: reader pages keep their list (and their caching) rather than fail.
     */
    synchronized Kept refreshMostRead() {
        Instant now = clock.instant();
        List<ArticleViews> items;
        try {
            items = repo.mostRead(Hours.since(now, props.mostReadWindow()), KEPT);
        } catch (DataAccessException e) {
            log.warn("Could not recompute the most read articles; keeping the last list", e);
            items = kept == null ? List.of() : kept.items();
        }
        kept = new Kept(items, now.plus(props.mostReadRefresh()));
        return kept;
    }

    /** Deletes hourly counts older than the retention; safe on any node, any number of times. */
    int prune() {
        return repo.deleteBefore(Hours.start(clock.instant().minus(props.retention())));
    }
}

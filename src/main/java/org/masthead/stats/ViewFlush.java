package org.masthead.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.masthead.content.ArticleQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds what this node counted to the database: every minute or so ({@link StatsJobs}) and once more on
 * shutdown. Rows go in batches of {@link StatsProperties#batchSize()}: per batch, one query asks which of its
 * articles are published (views of anything else — an unknown id, a withdrawn story — are dropped here, so
 * beacons never wait on a lookup) and one batched upsert adds the rest, in its own transaction. A batch that
 * fails is put back, with all after it, for the next flush. Several nodes add to the same rows.
 */
@Component
class ViewFlush {

    private static final Logger log = LoggerFactory.getLogger(ViewFlush.class);

    /** What one flush did: rows written, upsert batches, views added, views dropped as not published. */
    record Flushed(int rows, int batches, long views, long dropped) { }

    private final ViewCounter counter;
    private final StatsRepository repo;
    private final ArticleQueries articles;
    private final TransactionTemplate tx;
    private final int batchSize;
    private final Counter dropped;

    ViewFlush(ViewCounter counter, StatsRepository repo, ArticleQueries articles, TransactionTemplate tx,
              StatsProperties props, MeterRegistry meters) {
        this.counter = counter;
        this.repo = repo;
        this.articles = articles;
        this.tx = tx;
        this.batchSize = props.batchSize();
        this.dropped = Counter.builder("masthead.stats.views.dropped")
                .description("Views dropped at flush because the article is not published").register(meters);
    }

    synchronized Flushed flush() {
        List<ViewCounter.Pending> pending = counter.drain();
        Flushed done = new Flushed(0, 0, 0, 0);
        for (int from = 0; from < pending.size(); from += batchSize) {
            List<ViewCounter.Pending> batch = pending.subList(from, Math.min(pending.size(), from + batchSize));
            try {
                done = add(done, batch);
            } catch (DataAccessException e) {
                counter.restore(pending.subList(from, pending.size()));
                log.warn("Could not add {} hourly view counts; keeping them for the next flush", pending.size() - from, e);
                break;
            }
        }
        return done;
    }

    private Flushed add(Flushed done, List<ViewCounter.Pending> batch) {
        Set<Long> published = articles.publishedIds(batch.stream().map(ViewCounter.Pending::articleId).distinct().toList());
        List<ViewCounter.Pending> kept = new ArrayList<>();
        long views = 0;
        long unknown = 0;
        for (ViewCounter.Pending p : batch) {
            if (published.contains(p.articleId())) {
                kept.add(p);
                views += p.views();
            } else {
                unknown += p.views();
            }
        }
        if (!kept.isEmpty()) {
            tx.executeWithoutResult(s -> repo.add(kept));
        }
        dropped.increment(unknown);
        return new Flushed(done.rows() + kept.size(), done.batches() + (kept.isEmpty() ? 0 : 1),
                done.views() + views, done.dropped() + unknown);
    }

    /** After the web server stopped taking beacons, before the connection pool closes (it is a dependency). */
    @PreDestroy
    void flushOnShutdown() {
        Flushed f = flush();
        if (f.rows() > 0) {
            log.info("Added {} views ({} hourly rows) on shutdown", f.views(), f.rows());
        }
    }
}

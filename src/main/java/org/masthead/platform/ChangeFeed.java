package org.masthead.platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of "something changed" rows that every node follows, so per-node caches are invalidated on every
 * node after a change made on any one. Writers call {@link #record} inside their transaction; each node polls
 * and republishes new rows locally as {@link ChangeObserved}. Rows are read by time window rather than by
 * "id greater than the last one seen", because identity values can commit out of order; ids already handled
 * are remembered for the window so each row is delivered once per node.
 */
@Component
public class ChangeFeed {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final JdbcClient db;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<Long, Instant> seen = new LinkedHashMap<>();
    private Instant startedAt;

    /** A change noticed in the feed; {@code topic} names the kind of entity, e.g. {@code article}. */
    public record ChangeObserved(String topic, long entityId) { }

    ChangeFeed(JdbcClient db, Clock clock, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.startedAt = clock.instant();
    }

    public void record(String topic, long entityId) {
        db.sql("INSERT INTO platform_change (topic, entity_id, created_at) VALUES (:topic, :id, :at)")
                .param("topic", topic).param("id", entityId)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    /**
     * Inside a changing transaction: records the change for every node, and runs {@code dropLocal} (this node's
     * copies) now and again once committed, since a reader between the write and the commit may have kept the old
     * value. Outside a transaction it runs once.
     */
    public void changed(String topic, long entityId, Runnable dropLocal) {
        record(topic, entityId);
        dropLocal.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dropLocal.run();
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${masthead.platform.change-poll-interval:1s}")
    public synchronized void poll() {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW).isAfter(startedAt) ? now.minus(WINDOW) : startedAt;
        List<Change> rows = db.sql("""
                SELECT id, topic, entity_id FROM platform_change WHERE created_at >= :since ORDER BY id
                """).param("since", since.atOffset(ZoneOffset.UTC))
                // an explicit mapper: the by-name one probes "entityId" first, and H2 logs every miss to a trace file
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getString("topic"), rs.getLong("entity_id"))).list();
        for (Change row : rows) {
            if (seen.putIfAbsent(row.id(), now) == null) {
                events.publishEvent(new ChangeObserved(row.topic(), row.entityId()));
            }
        }
        seen.values().removeIf(at -> at.isBefore(now.minus(WINDOW.multipliedBy(2))));
    }

    /** Rows older than a day have been seen by every live node. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void prune() {
        db.sql("DELETE FROM platform_change WHERE created_at < :cutoff")
                .param("cutoff", clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).update();
    }

    record Change(long id, String topic, long entityId) { }
}

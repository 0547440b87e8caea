package org.masthead.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param flushInterval   how often each node adds the views it counted to the database (a crash loses at most
 *                        this much of one node's counting)
 * @param mostReadRefresh how often each node recomputes its "Most read" list; pages showing the list are
 *                        cached no longer than this, so it bounds how stale a reader's list can be
 * @param mostReadWindow  the period "Most read" covers
 * @param retention       hourly counts older than this are deleted (no totals are kept beyond it)
 * @param maxPendingKeys  distinct (article, hour) pairs a node holds between flushes; beacons for new pairs
 *                        beyond it are refused, so made-up article ids cannot grow memory without bound
 * @param batchSize       rows per upsert statement (and article ids per publication check) in a flush
 */
@ConfigurationProperties("masthead.stats")
public record StatsProperties(
        @DefaultValue("60s") Duration flushInterval,
        @DefaultValue("5m") Duration mostReadRefresh,
        @DefaultValue("24h") Duration mostReadWindow,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("100000") int maxPendingKeys,
        @DefaultValue("500") int batchSize) {
}

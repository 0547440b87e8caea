package org.masthead.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.masthead.content.ArticleEvents;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ListingScopes;
import org.masthead.platform.ChangeFeed.ChangeObserved;
import org.masthead.platform.PageDependencies;
import org.masthead.platform.Publication;
import org.masthead.platform.PublicationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Rendered anonymous pages in memory, bounded by bytes, dropped exactly when what they show changes.
 *
 * <p>Each page is indexed by what it was made from ({@link PageDependencies}): the articles it showed and the
 * listings it showed a window of. A change to article X drops the pages that showed X, and the pages of every
 * listing X now belongs to whose window X's position reaches (a new story enters "Latest" everywhere; a
 * correction to a month-old story leaves the front page alone). Changes arrive locally right after commit
 * and from every other node through the change feed. A rendering that began before a change is not stored
 * after it ({@link #epoch}), so a stale page can never be kept.
 */
@Component
class PageCache {

    static final String ARTICLE = "article";

    private final Cache<String, CachedPage> pages;
    private final Map<String, Set<CachedPage>> byShown = new ConcurrentHashMap<>();
    private final Map<String, Set<CachedPage>> byListing = new ConcurrentHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ArticleQueries articles;
    private final boolean enabled;
    private volatile long epoch;
    private final Counter hits;
    private final Counter misses;
    private final Counter invalidated;

    PageCache(SiteProperties props, ArticleQueries articles, MeterRegistry meters, Clock clock) {
        this.articles = articles;
        this.enabled = props.pageCache();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(props.pageCacheSize().toBytes())
                .weigher((String k, CachedPage p) -> p.weight())
                .expireAfter(lifetime(props.pageCacheTtl(), clock))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())) // time from the one Clock
                .executor(Runnable::run)
                .removalListener((String k, CachedPage p, RemovalCause c) -> unindex(p))
                .build();
        this.hits = Counter.builder("masthead.page.cache").tag("result", "hit").register(meters);
        this.misses = Counter.builder("masthead.page.cache").tag("result", "miss").register(meters);
        this.invalidated = Counter.builder("masthead.page.cache.invalidated").register(meters);
        Gauge.builder("masthead.page.cache.bytes", pages, c -> c.policy().eviction()
                .flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L)).register(meters);
        Gauge.builder("masthead.page.cache.pages", pages, Cache::estimatedSize).register(meters);
    }

    /** Each page lives for the configured time, or until it goes stale on its own if that comes first. */
    private static Expiry<String, CachedPage> lifetime(Duration ttl, Clock clock) {
        return Expiry.writing((String key, CachedPage page) -> {
            if (page.validUntil == null) {
                return ttl;
            }
            Duration left = Duration.between(clock.instant(), page.validUntil);
            return left.isNegative() ? Duration.ZERO : left.compareTo(ttl) < 0 ? left : ttl;
        });
    }

    boolean enabled() {
        return enabled;
    }

    CachedPage get(String key) {
        CachedPage p = pages.getIfPresent(key);
        counted(p != null);
        return p;
    }

    /** Counts one request answered from the cache, or not. */
    void counted(boolean hit) {
        (hit ? hits : misses).increment();
    }

    /** The kept page for {@code key}, without counting a hit or a miss. */
    CachedPage peek(String key) {
        return pages.getIfPresent(key);
    }

    long epoch() {
        return epoch;
    }

    /** Keeps a page unless a change was observed since its rendering began at {@code startEpoch}. */
    void put(CachedPage page, long startEpoch) {
        lock.readLock().lock();
        try {
            if (epoch != startEpoch) {
                return;
            }
            page.shown.forEach(k -> index(byShown, k, page));
            page.listings.keySet().forEach(k -> index(byListing, k, page));
            pages.put(page.key, page);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** After the caches below this one ({@code @Order}), so a page is never rebuilt from their old copies. */
    @TransactionalEventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onLocal(ArticleEvents.ArticleChanged e) {
        articleChanged(e.id().value());
    }

    @TransactionalEventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onLocal(ArticleEvents.TaxonomyChanged e) {
        clear();
    }

    /** The paper's name, navigation, footer or time zone appear on every page. */
    @TransactionalEventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onLocal(PublicationChanged e) {
        clear();
    }

    /** Changes made on any node, this one included. */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onObserved(ChangeObserved change) {
        switch (change.topic()) {
            case ARTICLE -> articleChanged(change.entityId());
            case "taxonomy", Publication.TOPIC -> clear(); // names and navigation appear on every page
            default -> drop(Set.copyOf(byShown.getOrDefault(PageDependencies.key(change.topic(), change.entityId()), Set.of())));
        }
    }

    void articleChanged(long id) {
        Optional<ListingScopes.Membership> now = articles.listingsOf(id);
        lock.writeLock().lock();
        try {
            epoch++;
            Set<CachedPage> victims = newSet();
            Set<CachedPage> showing = byShown.getOrDefault(PageDependencies.key(ARTICLE, id), Set.of());
            victims.addAll(showing);
            if (now.isEmpty()) { // deleted or never published: the listings that showed it close ranks
                showing.forEach(p -> p.listings.keySet().forEach(s -> victims.addAll(byListing.getOrDefault(s, Set.of()))));
            } else {
                Set<String> scopes = new HashSet<>(now.get().scopes());
                showing.forEach(p -> scopes.addAll(p.listings.keySet())); // listings it may have left
                for (String scope : scopes) {
                    for (CachedPage p : byListing.getOrDefault(scope, Set.of())) {
                        if (p.listings.get(scope).reaches(now.get().at())) {
                            victims.add(p);
                        }
                    }
                }
            }
            drop(victims);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void clear() {
        lock.writeLock().lock();
        try {
            epoch++;
            invalidated.increment(pages.estimatedSize());
            pages.invalidateAll();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void drop(Set<CachedPage> victims) {
        for (CachedPage p : victims) {
            if (pages.asMap().remove(p.key, p)) {
                invalidated.increment();
            }
        }
    }

    /** Index updates are atomic per key, so a set emptied and removed never swallows a page added meanwhile. */
    private static void index(Map<String, Set<CachedPage>> index, String key, CachedPage page) {
        index.compute(key, (k, set) -> {
            Set<CachedPage> s = set == null ? newSet() : set;
            s.add(page);
            return s;
        });
    }

    private void unindex(CachedPage p) {
        p.shown.forEach(k -> byShown.computeIfPresent(k, (x, set) -> set.remove(p) && set.isEmpty() ? null : set));
        p.listings.keySet().forEach(k -> byListing.computeIfPresent(k, (x, set) -> set.remove(p) && set.isEmpty() ? null : set));
    }

    /** CachedPage keeps Object's identity equality, so this is an identity set that tolerates concurrent use. */
    private static Set<CachedPage> newSet() {
        return ConcurrentHashMap.newKeySet();
    }
}

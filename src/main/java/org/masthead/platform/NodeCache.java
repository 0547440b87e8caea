package org.masthead.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values one node keeps until it hears they changed (through the change feed, or right after its own commit).
 * A load that overlaps a change is returned but not kept, so a reader racing an invalidation can never leave
 * the old value in place — the trap of the plain "set to null on change" cache.
 *
 * <p>For small sets of keys (a snapshot, "the newest n"); anything large belongs in a bounded cache.
 */
public final class NodeCache<K, V> {

    private record Kept<V>(V value, long generation) { }

    private final AtomicLong generation = new AtomicLong();
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final int maxKeys;

    public NodeCache(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    public V get(K key, Supplier<V> load) {
        long g = generation.get();
        Kept<V> k = kept.get(key);
        if (k != null && k.generation() == g) {
            return k.value();
        }
        V value = load.get();
        if (generation.get() == g && (kept.size() < maxKeys || kept.containsKey(key))) {
            kept.put(key, new Kept<>(value, g));
        }
        return value;
    }

    /** Drops everything kept, including what loads running right now would keep. */
    public void invalidate() {
        generation.incrementAndGet();
        kept.clear();
    }
}

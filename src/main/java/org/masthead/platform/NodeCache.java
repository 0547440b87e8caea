package org.masthead.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values one node keeps until it hears they changed (through the change feed, or right after its own commit).
 * A load that overlaps a change is returned but not kept, so a reader racing an invalidation can never leave
 * the old value in place — the trap of the plain "set to null on change" cache. Bounded: the least recently
 * used keys go first. A load that finds nothing (null) is not kept.
 */
public final class NodeCache<K, V> {

    private record Kept<V>(V value, long generation) { }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<K, Kept<V>> kept;

    public NodeCache(int maxKeys) {
        this.kept = Caffeine.newBuilder().maximumSize(maxKeys).executor(Runnable::run).build();
    }

    public V get(K key, Supplier<V> load) {
        long g = generation.get();
        Kept<V> k = kept.getIfPresent(key);
        if (k != null && k.generation() == g) {
            return k.value();
        }
        V value = load.get();
        if (value != null && generation.get() == g) { // absence is not kept: a new key may appear any time
            kept.put(key, new Kept<>(value, g));
        }
        return value;
    }

    /**
     * The values of {@code keys}: those kept, and the rest from one call of {@code load} (which leaves out keys
     * that have no value), kept under the same rule as {@link #get}.
     */
    public Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> load) {
        long g = generation.get();
        Map<K, V> out = new HashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        for (K key : keys) {
            Kept<V> k = kept.getIfPresent(key);
            if (k != null && k.generation() == g) {
                out.put(key, k.value());
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = load.apply(missing);
            boolean keep = generation.get() == g;
            loaded.forEach((key, value) -> {
                out.put(key, value);
                if (keep && value != null) {
                    kept.put(key, new Kept<>(value, g));
                }
            });
        }
        return out;
    }

    /** Drops everything kept, including what loads running right now would keep. */
    public void invalidate() {
        generation.incrementAndGet();
        kept.invalidateAll();
    }
}

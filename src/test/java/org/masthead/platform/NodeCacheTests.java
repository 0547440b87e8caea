package org.masthead.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class NodeCacheTests {

    private final NodeCache<String, String> cache = new NodeCache<>(2);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void keepsAValueUntilInvalidated() {
        assertThat(cache.get("k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        assertThat(cache.get("k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        cache.invalidate();
        assertThat(cache.get("k", () -> "v" + loads.incrementAndGet())).isEqualTo("v2");
    }

    @Test
    void aLoadThatOverlapsAChangeIsReturnedButNotKept() {
        String stale = cache.get("k", () -> {
            cache.invalidate(); // another thread heard of a change while this one was reading the old rows
            return "old";
        });
        assertThat(stale).isEqualTo("old");
        assertThat(cache.get("k", () -> "new")).isEqualTo("new");
    }

    @Test
    void forgetsTheLeastRecentlyUsedKeysBeyondItsBound() {
        NodeCache<Integer, Integer> small = new NodeCache<>(10);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            small.get(n, () -> n);
        }
        AtomicInteger reloads = new AtomicInteger();
        for (int i = 0; i < 1000; i++) {
            int n = i;
            small.get(n, () -> reloads.incrementAndGet());
        }
        assertThat(reloads.get()).as("most of 1000 keys were let go").isGreaterThan(900);
    }
}

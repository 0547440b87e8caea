package org.masthead.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
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
    void loadsOnlyTheMissingKeysOfABatchInOneCallAndLeavesOutAbsentOnes() {
        cache.get("a", () -> "kept a");
        Map<String, String> found = cache.getAll(List.of("a", "b", "c", "b"), missing -> {
            assertThat(missing).containsExactly("b", "c");
            loads.incrementAndGet();
            return Map.of("b", "loaded b");
        });
        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of("a", "kept a", "b", "loaded b"));
        assertThat(cache.get("b", () -> "reloaded")).isEqualTo("loaded b");
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void aBatchLoadThatOverlapsAChangeIsReturnedButNotKept() {
        Map<String, String> stale = cache.getAll(List.of("k"), missing -> {
            cache.invalidate();
            return Map.of("k", "old");
        });
        assertThat(stale).containsEntry("k", "old");
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

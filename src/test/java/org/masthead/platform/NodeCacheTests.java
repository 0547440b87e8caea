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
    void keepsNoMoreKeysThanAllowed() {
        cache.get("a", () -> "1");
        cache.get("b", () -> "2");
        cache.get("c", () -> "3");
        assertThat(cache.get("c", () -> "reloaded")).isEqualTo("reloaded");
        assertThat(cache.get("a", () -> "reloaded")).isEqualTo("1");
    }
}

package org.masthead.stats;

import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A node's in-memory counts: per article and hour, bounded, and never losing a view to a drain. */
class ViewCounterTests {

    private final MutableClock clock = new MutableClock();

    private ViewCounter counter(int maxKeys) {
        return new ViewCounter(clock, new StatsProperties(Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofHours(24), Duration.ofDays(90), maxKeys, 500));
    }

    @Test
    void countsPerArticleAndHourAndDrainsInWriteOrder() {
        ViewCounter c = counter(100);
        c.count(7);
        c.count(3);
        c.count(7);
        clock.advance(Duration.ofHours(1));
        c.count(3);
        List<ViewCounter.Pending> drained = c.drain();
        assertThat(drained).extracting(ViewCounter.Pending::articleId).containsExactly(3L, 3L, 7L);
        assertThat(drained).extracting(ViewCounter.Pending::views).containsExactly(1L, 1L, 2L);
        assertThat(drained.get(1).hour()).isEqualTo(drained.get(0).hour().plus(Duration.ofHours(1)));
        assertThat(c.drain()).as("a drain empties the counts").isEmpty();
    }

    @Test
    void refusesNewPairsOnceFullButKeepsCountingKnownOnes() {
        ViewCounter c = counter(2);
        assertThat(c.count(1)).isTrue();
        assertThat(c.count(2)).isTrue();
        assertThat(c.count(3)).isFalse();
        assertThat(c.count(1)).isTrue();
        assertThat(c.pending()).isEqualTo(3);
    }

    @Test
    void restoredViewsAreDrainedAgain() {
        ViewCounter c = counter(100);
        c.count(5);
        List<ViewCounter.Pending> drained = c.drain();
        c.count(5);
        c.restore(drained);
        assertThat(c.drain()).singleElement().extracting(ViewCounter.Pending::views).isEqualTo(2L);
    }

    @Test
    void noViewIsLostWhenDrainsRunWhileReadersAreCounting() throws InterruptedException {
        ViewCounter c = counter(100);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong counted = new AtomicLong();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            readers.submit(() -> {
                while (!stop.get()) {
                    c.count(counted.incrementAndGet() % 3 + 1);
                }
            });
        }
        long drained = 0;
        for (int i = 0; i < 200; i++) {
            drained += c.drain().stream().mapToLong(ViewCounter.Pending::views).sum();
        }
        stop.set(true);
        readers.shutdown();
        assertThat(readers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        drained += c.drain().stream().mapToLong(ViewCounter.Pending::views).sum();
        assertThat(drained).isEqualTo(counted.get()).isPositive();
    }
}

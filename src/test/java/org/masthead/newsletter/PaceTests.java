package org.masthead.newsletter;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's pace spaces messages evenly; nothing is saved up while idle. On a ticker that moves only when a
 * message waits, so the spacing is exact and no test waits on the wall clock.
 */
class PaceTests {

    /** Time that stands still until someone sleeps; records each wait. */
    private static final class StillTime implements Pace.Ticker {
        long now = 5_000_000_000L;
        final List<Long> waits = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            waits.add(nanos);
            now += nanos;
        }
    }

    @Test
    void twentyOneMessagesAtTwentyASecondTakeOneSecondEvenAfterAnIdleSpell() throws Exception {
        StillTime time = new StillTime();
        Pace pace = new Pace(SendFixtures.properties(20, ""), time);
        time.now += 3_000_000_000L; // three idle seconds earn no burst
        long start = time.now;
        for (int i = 0; i < 21; i++) {
            pace.acquire();
        }
        assertThat(time.now - start).isEqualTo(1_000_000_000L);
        assertThat(time.waits).hasSize(20).containsOnly(50_000_000L);
    }

    @Test
    void rateZeroMeansNoLimit() throws Exception {
        StillTime time = new StillTime();
        Pace pace = new Pace(SendFixtures.properties(0, ""), time);
        for (int i = 0; i < 10_000; i++) {
            pace.acquire();
        }
        assertThat(time.waits).isEmpty();
    }
}

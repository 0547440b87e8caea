package org.masthead.newsletter;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The node's pace spaces messages across all its workers; nothing is saved up while idle. */
class PaceTests {

    @Test
    void twentyOneMessagesAtTwentyASecondTakeAtLeastASecondEvenFromTwoWorkers() throws Exception {
        Pace pace = new Pace(SendFixtures.properties(20, ""));
        Thread.sleep(200); // idle time earns no burst
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 21; i++) {
            workers.submit(() -> {
                pace.acquire();
                return null;
            });
        }
        workers.shutdown();
        assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    @Test
    void rateZeroMeansNoLimit() throws Exception {
        Pace pace = new Pace(SendFixtures.properties(0, ""));
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            pace.acquire();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}

package org.masthead.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(12), 8);

    @Test
    void waitsThreeTimesLongerEachTimeUpToTheCap() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(n -> backoff.delay(n, 0.5).toMinutes()))
                .containsExactly(1L, 3L, 9L, 27L, 81L, 243L, 720L);
    }

    @Test
    void jitterMovesEachWaitByAtMostAFifth() {
        assertThat(backoff.delay(3, 0.0)).isEqualTo(Duration.ofSeconds(432));
        assertThat(backoff.delay(3, 0.999999)).isBetween(Duration.ofSeconds(647), Duration.ofSeconds(648));
        assertThat(backoff.delay(7, 0.999999)).isLessThanOrEqualTo(Duration.ofHours(12).multipliedBy(6).dividedBy(5));
    }

    @Test
    void givesUpAfterTheLastAttemptAndTheWholeScheduleFitsInADay() {
        Instant start = Instant.parse("2026-11-30T03:00:00Z");
        Instant at = start;
        int attempts = 1;
        while (backoff.next(at, attempts, 0.999999).isPresent()) {
            at = backoff.next(at, attempts, 0.999999).orElseThrow();
            attempts++;
        }
        assertThat(attempts).isEqualTo(8);
        assertThat(Duration.between(start, at)).isLessThan(Duration.ofHours(22));
        assertThat(backoff.next(at, 8, 0.5)).isEmpty();
    }
}

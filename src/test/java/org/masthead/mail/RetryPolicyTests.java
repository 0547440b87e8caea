package org.masthead.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 20, Duration.ofHours(24));
    private final Instant accepted = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void waitsDoubleFromTheFirstDelayUntilTheCap() {
        assertThat(policy.delay(1, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delay(8, 0.5)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delay(19, 0.5)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterSpreadsEachWaitByAFifthYetEveryWaitOutgrowsThePreviousOneUntilTheCap() {
        assertThat(policy.delay(1, 0.0)).isEqualTo(Duration.ofSeconds(24));
        assertThat(policy.delay(1, 0.999999)).isBetween(Duration.ofSeconds(35), Duration.ofSeconds(36));
        for (int attempts = 1; attempts < 7; attempts++) {
            assertThat(policy.delay(attempts + 1, 0.0)).as("after attempt %d", attempts + 1)
                    .isGreaterThan(policy.delay(attempts, 0.999999));
        }
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        Instant now = accepted.plus(Duration.ofHours(2));
        assertThat(policy.nextAttempt(19, accepted, now, 0.5)).isPresent();
        assertThat(policy.nextAttempt(20, accepted, now, 0.5)).isEmpty();
    }

    @Test
    void givesUpWhenTheNextAttemptWouldFallPastTheMessagesMaximumAge() {
        Instant late = accepted.plus(Duration.ofHours(23).plusMinutes(30));
        assertThat(policy.nextAttempt(9, accepted, late, 0.5)).isEmpty();
        Instant earlier = accepted.plus(Duration.ofHours(22));
        assertThat(policy.nextAttempt(9, accepted, earlier, 0.5)).contains(earlier.plus(Duration.ofHours(1)));
    }

    @Test
    void theFirstRetryComesAfterTheFirstDelay() {
        assertThat(policy.nextAttempt(1, accepted, accepted, 0.5)).contains(accepted.plusSeconds(30));
    }
}

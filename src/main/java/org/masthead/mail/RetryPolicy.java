package org.masthead.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a message again after a transient failure: exponential backoff from {@code initialDelay},
 * capped at {@code maxDelay}, each wait spread by ±20% so that messages deferred together (an SMTP outage)
 * do not all come back in the same second. The spread is narrow enough that each wait is still longer than
 * the one before, until the cap. Full jitter (anything from zero) was rejected: an operator watching the
 * outbox should see the waits grow.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts, Duration maxAge) {

    private static final double SPREAD = 0.2;

    /**
     * @param attempts the attempts made so far, the failed one included (1 after the first failure)
     * @param jitter   a random number in [0, 1)
     * @return when to try next, or empty to give up
     */
    public Optional<Instant> nextAttempt(int attempts, Instant acceptedAt, Instant now, double jitter) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Instant next = now.plus(delay(attempts, jitter));
        return next.isAfter(acceptedAt.plus(maxAge)) ? Optional.empty() : Optional.of(next);
    }

    Duration delay(int attempts, double jitter) {
        double doubled = initialDelay.toMillis() * Math.pow(2, Math.max(0, attempts - 1));
        double capped = Math.min(doubled, maxDelay.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - SPREAD + 2 * SPREAD * jitter)));
    }
}

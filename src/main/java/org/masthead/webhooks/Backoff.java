package org.masthead.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: the first wait, then three times longer each time up to a cap, each
 * wait moved by up to 20 % either way so that deliveries queued during an outage do not all return to the
 * receiver in the same second. With the defaults (1 minute, 12 hours cap, 8 attempts) the last attempt comes
 * about 18 hours after the first, never later than 22.
 */
record Backoff(Duration first, Duration cap, int maxAttempts) {

    static Backoff of(WebhookProperties props) {
        return new Backoff(props.firstRetry(), props.maxRetryDelay(), props.maxAttempts());
    }

    /**
     * The time of the next attempt after {@code attemptsMade} attempts failed, or empty when none is left.
     * {@code random} is uniform in [0, 1): 0.5 gives the nominal wait.
     */
    Optional<Instant> next(Instant now, int attemptsMade, double random) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delay(attemptsMade, random)));
    }

    Duration delay(int attemptsMade, double random) {
        double nominal = first.toMillis() * Math.pow(3, Math.max(0, attemptsMade - 1));
        double capped = Math.min(nominal, cap.toMillis());
        return Duration.ofMillis(Math.round(capped * (0.8 + 0.4 * random)));
    }
}

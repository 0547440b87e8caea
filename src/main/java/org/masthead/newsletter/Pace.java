package org.masthead.newsletter;

import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * This node's rate limit: each message waits for its slot, {@code 1 / rate} seconds after the previous one, across
 * all the node's workers. No bursts are saved up: a relay that allows 14 messages a second gets them evenly.
 * Measured on {@link System#nanoTime()}, which paces and decides nothing, rather than the injected clock.
 */
@Component
class Pace {

    private final long interval; // nanoseconds between two messages; 0: no limit
    private long next;

    Pace(NewsletterProperties props) {
        this.interval = props.rate() == 0 ? 0 : Math.max(1, Math.round(1_000_000_000 / props.rate()));
        this.next = System.nanoTime();
    }

    /** Waits for this message's slot. */
    void acquire() throws InterruptedException {
        if (interval == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = next - now > 0 ? next : now;
            next = slot + interval;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}

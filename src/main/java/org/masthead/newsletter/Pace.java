package org.masthead.newsletter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * This node's rate limit: each message waits for its slot, {@code 1 / rate} seconds after the previous one, across
 * all the node's workers. No bursts are saved up: a relay that allows 14 messages a second gets them evenly.
 * Measured on a monotonic {@link Ticker} ({@link System#nanoTime()} in production), which paces and decides
 * nothing, rather than the injected clock.
 */
@Component
class Pace {

    /** Monotonic time and waiting; tests give one that moves only when asked to wait. */
    interface Ticker {
        long nanoTime();

        void sleep(long nanos) throws InterruptedException;

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };
    }

    private final long interval; // nanoseconds between two messages; 0: no limit
    private final Ticker ticker;
    private long next;

    @Autowired
    Pace(NewsletterProperties props) {
        this(props, Ticker.SYSTEM);
    }

    Pace(NewsletterProperties props, Ticker ticker) {
        this.interval = props.rate() == 0 ? 0 : Math.max(1, Math.round(1_000_000_000 / props.rate()));
        this.ticker = ticker;
        this.next = ticker.nanoTime();
    }

    /** Waits for this message's slot. */
    void acquire() throws InterruptedException {
        if (interval == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = ticker.nanoTime();
            long slot = next - now > 0 ? next : now;
            next = slot + interval;
            wait = slot - now;
        }
        if (wait > 0) {
            ticker.sleep(wait);
        }
    }
}

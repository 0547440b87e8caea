package org.masthead.members;

import org.masthead.platform.Throttle;

import java.time.Duration;

/**
 * The reader side's throttling, in key spaces of its own (staff counts apart). The same limits answer a known
 * and an unknown address alike, so throttling reveals nothing about who has an account.
 */
final class ReaderThrottles {

    /** Wrong passwords: as for staff, 5 per client address and 10 per account in any hour. */
    static final Throttle.Limits PASSWORDS = new Throttle.Limits("reader-password", 5, 10, Duration.ofHours(1),
            Duration.ofMinutes(15));
    /** E-mails asked for (codes, links, resets, new addresses): 10 per address, 5 per recipient an hour. */
    static final Throttle.Limits EMAILS = new Throttle.Limits("reader-email", 10, 5, Duration.ofHours(1),
            Duration.ofMinutes(15));
    /** Wrong codes, across challenges: 10 per address and 10 per account an hour. */
    static final Throttle.Limits CODES = new Throttle.Limits("reader-code", 10, 10, Duration.ofHours(1),
            Duration.ofMinutes(15));

    private ReaderThrottles() {
    }
}

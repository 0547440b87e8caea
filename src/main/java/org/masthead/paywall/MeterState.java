package org.masthead.paywall;

/**
 * A reader's meter for this month as the access rule needs it: how many distinct metered articles they have read,
 * whether this article is one of them, and how many their kind of reader may read.
 */
public record MeterState(int read, boolean readThis, int limit) {

    public static MeterState empty(int limit) {
        return new MeterState(0, false, limit);
    }
}

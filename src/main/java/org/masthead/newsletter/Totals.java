package org.masthead.newsletter;

/**
 * A send's candidates by outcome. Every candidate is in exactly one of sent, failed, excluded or pending (not
 * yet tried, or waiting to be tried again: {@code retrying} of them), so candidates = sent + failed + excluded +
 * pending always, and pending is 0 once the send is done.
 */
record Totals(int candidates, int sent, int failed, int excluded, int pending, int retrying) {

    static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0);

    boolean balanced() {
        return candidates == sent + failed + excluded + pending;
    }
}

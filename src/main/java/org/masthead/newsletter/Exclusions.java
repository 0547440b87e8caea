package org.masthead.newsletter;

import java.util.Optional;

/**
 * Whether a candidate still receives the issue when their batch goes, or why not. Pure, so its rules are a matrix
 * test: a deleted member first (there is nobody to write to), then a candidate who left the list's audience
 * (unsubscribed; withdrew offers consent), then one no longer entitled to a subscribers-only list, then a
 * suppressed address.
 */
final class Exclusions {

    /** What is known about one candidate just before sending. */
    record Facts(boolean memberExists, boolean inAudience, boolean subscribersOnly, boolean subscriber,
                 boolean suppressed) { }

    private Exclusions() {
    }

    static Optional<Reason> reason(ListKind kind, Facts f) {
        if (!f.memberExists()) {
            return Optional.of(Reason.MEMBER_DELETED);
        }
        if (!f.inAudience()) {
            return Optional.of(kind == ListKind.OFFERS ? Reason.NO_OFFERS_CONSENT : Reason.UNSUBSCRIBED);
        }
        if (f.subscribersOnly() && !f.subscriber()) {
            return Optional.of(Reason.NOT_A_SUBSCRIBER);
        }
        return f.suppressed() ? Optional.of(Reason.SUPPRESSED) : Optional.empty();
    }
}

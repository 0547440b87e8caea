package org.masthead.paywall;

import org.masthead.content.AccessLevel;

/**
 * Who reads what: the one decision of the paywall, pure, tested as a full matrix (reader kind × access level ×
 * meter state). Controllers, the page cache and templates read its {@link Access}; none decides again.
 *
 * <ul>
 *   <li>Free articles are read by everyone and never counted; subscribers read everything.</li>
 *   <li>Premium articles are for subscribers: everyone else meets the subscribe wall.</li>
 *   <li>Metered articles: an article already counted this month is read again at no cost; a new one is read
 *   and counted while the reader has free articles left; after that the anonymous reader is asked to sign up
 *   (members read more) and the member to subscribe. A meter past its limit (after a merge) keeps what was read
 *   and blocks only new articles.</li>
 *   <li>A returning reader (a session, but an identity not yet renewed) is asked to sign in before anything is
 *   counted or refused, since their meter and entitlement belong to an account this request cannot name.</li>
 * </ul>
 * Only two answers are the same for every anonymous reader and may be kept by a CDN: a free article, and the
 * premium wall an anonymous reader meets.
 */
final class AccessRule {

    private AccessRule() {
    }

    static Access decide(ReaderKind reader, AccessLevel level, MeterState meter) {
        if (reader == ReaderKind.SUBSCRIBER || level == AccessLevel.FREE) {
            return Access.full(reader == ReaderKind.ANONYMOUS);
        }
        if (reader == ReaderKind.RETURNING) {
            return Access.blocked(Wall.SIGN_IN, -1, false);
        }
        if (level == AccessLevel.PREMIUM) {
            return Access.blocked(Wall.SUBSCRIBE, -1, reader == ReaderKind.ANONYMOUS);
        }
        if (meter.readThis()) {
            return Access.metered(false, Math.max(0, meter.limit() - meter.read()), meter.limit());
        }
        if (meter.read() < meter.limit()) {
            return Access.metered(true, meter.limit() - meter.read() - 1, meter.limit());
        }
        return Access.blocked(reader == ReaderKind.ANONYMOUS ? Wall.SIGN_UP : Wall.SUBSCRIBE, meter.limit(), false);
    }
}

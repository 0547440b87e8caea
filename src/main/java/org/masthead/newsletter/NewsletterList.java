package org.masthead.newsletter;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A newsletter readers subscribe to.
 *
 * @param sendTime   the local time (publication's zone) a digest goes out; null for MANUAL
 * @param sendDay    the day a WEEKLY digest goes out; null otherwise
 * @param replyTo    null: replies go to the sender address
 * @param sectionIds the sections that feed a digest, in order
 * @param archived   no longer offered or sent; its history stays
 */
public record NewsletterList(long id, String slug, String name, String description, ListKind kind, Cadence cadence,
                             LocalTime sendTime, DayOfWeek sendDay, String senderName, String senderAddress,
                             String replyTo, Audience audience, List<Long> sectionIds, boolean archived) {

    /** The consent ledger's purpose for subscriptions to this list. */
    public String purpose() {
        return purposeOf(id);
    }

    public static String purposeOf(long listId) {
        return "newsletter:" + listId;
    }
}

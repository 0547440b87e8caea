package org.masthead.newsletter;

import java.time.Instant;

/**
 * An issue as it is sent: rendered once, in the whole-text variant for recipients entitled to everything it
 * carries and the excerpt variant for the rest. Each part holds the {@link #UNSUBSCRIBE_URL} and
 * {@link #MANAGE_URL} placeholders, which the sender replaces with the recipient's own signed links.
 *
 * @param kind DIGEST, BREAKING or CUSTOM
 */
record IssueContent(long id, long listId, String kind, String periodKey, String subject, String preheader,
                    String htmlFull, String textFull, String htmlExcerpt, String textExcerpt, Instant createdAt) {

    static final String UNSUBSCRIBE_URL = "%%UNSUBSCRIBE_URL%%";
    static final String MANAGE_URL = "%%MANAGE_URL%%";
}

package org.masthead.comments;

/**
 * The posting rule's answer for one comment.
 *
 * @param result  what happens to it
 * @param reason  why, for the pending and refused results: the words the reader is shown (refused) or the queue
 *                shows (pending); empty when it is published or sent back to the reader to decide
 */
public record Posting(Result result, String reason) {

    /** What happens to a comment. */
    public enum Result {
        /** It appears at once. */
        PUBLISHED,
        /** It is kept and waits in the moderation queue; the reader is told it will appear once reviewed. */
        PENDING,
        /** Nothing is kept yet: the reader sees what the checks found and edits it or submits it anyway. */
        EXPLAIN,
        /** Nothing is kept; the reader is told why. */
        REFUSED
    }

    static Posting of(Result result) {
        return new Posting(result, "");
    }

    static Posting of(Result result, String reason) {
        return new Posting(result, reason);
    }
}

package org.masthead.comments;

import static org.masthead.comments.Posting.Result.EXPLAIN;
import static org.masthead.comments.Posting.Result.PENDING;
import static org.masthead.comments.Posting.Result.PUBLISHED;
import static org.masthead.comments.Posting.Result.REFUSED;

/**
 * May this comment appear? The one decision, pure: thread state × reader standing × moderation mode × what the
 * checks said × whether the comment answers one that is gone. Controllers, the JSON API and the form all ask it;
 * nothing else decides. Tested as the whole matrix.
 *
 * <p>Order matters and is the guidelines' order: a thread that takes no comments refuses everyone, whatever else
 * is true; then who the reader is (not signed in, banned, suspended); then the reply's parent; then the checks
 * (a flagged comment goes back to its author first; sent anyway, it waits for a moderator, never appears); then
 * the mode and the reader's own pre-moderation. Rejected alternative: letting a clean comment from a
 * pre-moderated reader through in a post-moderated thread — the setting exists because that reader's clean-looking
 * comments were the problem.
 */
public final class PostingRule {

    private PostingRule() {
    }

    /**
     * @param parentGone the comment replies to one that was deleted or removed (false for a top-level comment)
     */
    public static Posting decide(ThreadState thread, Standing reader, ModerationMode mode, CheckOutcome checks,
                                 boolean parentGone) {
        switch (thread) {
            case UNAVAILABLE: return Posting.of(REFUSED, "This story is not published, so it takes no comments.");
            case HIDDEN: return Posting.of(REFUSED, "Comments are switched off for this story.");
            case CLOSED: return Posting.of(REFUSED, "Comments on this story are closed.");
            default: break;
        }
        switch (reader) {
            case ANONYMOUS: return Posting.of(REFUSED, "Sign in to comment.");
            case BANNED: return Posting.of(REFUSED, "You can no longer comment here.");
            case SUSPENDED: return Posting.of(REFUSED, "Your commenting is suspended for now.");
            default: break;
        }
        if (parentGone) {
            return Posting.of(REFUSED, "The comment you are replying to has been removed.");
        }
        if (checks == CheckOutcome.FLAGGED) {
            return Posting.of(EXPLAIN);
        }
        if (checks == CheckOutcome.FLAGGED_SUBMITTED_ANYWAY) {
            return Posting.of(PENDING, "Sent despite the guideline checks");
        }
        if (mode == ModerationMode.PRE) {
            return Posting.of(PENDING, "This thread is pre-moderated");
        }
        return reader == Standing.PREMODERATED ? Posting.of(PENDING, "This reader's comments are always pre-moderated")
                : Posting.of(PUBLISHED);
    }
}

package org.masthead.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.comments.CheckOutcome.CLEAN;
import static org.masthead.comments.CheckOutcome.FLAGGED;
import static org.masthead.comments.CheckOutcome.FLAGGED_SUBMITTED_ANYWAY;
import static org.masthead.comments.ModerationMode.POST;
import static org.masthead.comments.ModerationMode.PRE;
import static org.masthead.comments.Posting.Result.EXPLAIN;
import static org.masthead.comments.Posting.Result.PENDING;
import static org.masthead.comments.Posting.Result.PUBLISHED;
import static org.masthead.comments.Posting.Result.REFUSED;
import static org.masthead.comments.Standing.GOOD;
import static org.masthead.comments.Standing.PREMODERATED;

/**
 * The whole posting matrix — thread state × reader standing × mode × checks × reply to a removed comment, 240
 * cells — written out where it varies and stated for whole blocks where it does not.
 */
class PostingRuleTests {

    /** An open thread and a reader who may comment: every cell, written out. */
    //                                   standing      mode  checks                     parent gone  result     reason
    private static final Object[][] OPEN_AND_ALLOWED = {
            {GOOD,         POST, CLEAN,                    false, PUBLISHED, ""},
            {GOOD,         POST, FLAGGED,                  false, EXPLAIN,   ""},
            {GOOD,         POST, FLAGGED_SUBMITTED_ANYWAY, false, PENDING,   "Sent despite the guideline checks"},
            {GOOD,         PRE,  CLEAN,                    false, PENDING,   "This thread is pre-moderated"},
            {GOOD,         PRE,  FLAGGED,                  false, EXPLAIN,   ""},
            {GOOD,         PRE,  FLAGGED_SUBMITTED_ANYWAY, false, PENDING,   "Sent despite the guideline checks"},
            {PREMODERATED, POST, CLEAN,                    false, PENDING,   "This reader's comments are always pre-moderated"},
            {PREMODERATED, POST, FLAGGED,                  false, EXPLAIN,   ""},
            {PREMODERATED, POST, FLAGGED_SUBMITTED_ANYWAY, false, PENDING,   "Sent despite the guideline checks"},
            {PREMODERATED, PRE,  CLEAN,                    false, PENDING,   "This thread is pre-moderated"},
            {PREMODERATED, PRE,  FLAGGED,                  false, EXPLAIN,   ""},
            {PREMODERATED, PRE,  FLAGGED_SUBMITTED_ANYWAY, false, PENDING,   "Sent despite the guideline checks"},
            {GOOD,         POST, CLEAN,                    true,  REFUSED,   "The comment you are replying to has been removed."},
            {GOOD,         POST, FLAGGED,                  true,  REFUSED,   "The comment you are replying to has been removed."},
            {GOOD,         POST, FLAGGED_SUBMITTED_ANYWAY, true,  REFUSED,   "The comment you are replying to has been removed."},
            {GOOD,         PRE,  CLEAN,                    true,  REFUSED,   "The comment you are replying to has been removed."},
            {GOOD,         PRE,  FLAGGED,                  true,  REFUSED,   "The comment you are replying to has been removed."},
            {GOOD,         PRE,  FLAGGED_SUBMITTED_ANYWAY, true,  REFUSED,   "The comment you are replying to has been removed."},
            {PREMODERATED, POST, CLEAN,                    true,  REFUSED,   "The comment you are replying to has been removed."},
            {PREMODERATED, POST, FLAGGED,                  true,  REFUSED,   "The comment you are replying to has been removed."},
            {PREMODERATED, POST, FLAGGED_SUBMITTED_ANYWAY, true,  REFUSED,   "The comment you are replying to has been removed."},
            {PREMODERATED, PRE,  CLEAN,                    true,  REFUSED,   "The comment you are replying to has been removed."},
            {PREMODERATED, PRE,  FLAGGED,                  true,  REFUSED,   "The comment you are replying to has been removed."},
            {PREMODERATED, PRE,  FLAGGED_SUBMITTED_ANYWAY, true,  REFUSED,   "The comment you are replying to has been removed."},
    };

    /** Blocks refused whatever the other inputs: a thread that takes no comments, then who the reader is. */
    private static final Object[][] REFUSED_BLOCKS = {
            {ThreadState.UNAVAILABLE, null, "This story is not published, so it takes no comments."},
            {ThreadState.HIDDEN, null, "Comments are switched off for this story."},
            {ThreadState.CLOSED, null, "Comments on this story are closed."},
            {ThreadState.OPEN, Standing.ANONYMOUS, "Sign in to comment."},
            {ThreadState.OPEN, Standing.BANNED, "You can no longer comment here."},
            {ThreadState.OPEN, Standing.SUSPENDED, "Your commenting is suspended for now."},
    };

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : OPEN_AND_ALLOWED) {
            out.add(Arguments.of(ThreadState.OPEN, row[0], row[1], row[2], row[3], row[4], row[5]));
        }
        for (Object[] block : REFUSED_BLOCKS) {
            for (Standing s : block[1] == null ? Standing.values() : new Standing[]{(Standing) block[1]}) {
                for (ModerationMode m : ModerationMode.values()) {
                    for (CheckOutcome c : CheckOutcome.values()) {
                        for (boolean parentGone : new boolean[]{false, true}) {
                            out.add(Arguments.of(block[0], s, m, c, parentGone, REFUSED, block[2]));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} parentGone={4} → {5}")
    @MethodSource("cells")
    void decides(ThreadState thread, Standing reader, ModerationMode mode, CheckOutcome checks, boolean parentGone,
                 Posting.Result result, String reason) {
        assertThat(PostingRule.decide(thread, reader, mode, checks, parentGone)).isEqualTo(new Posting(result, reason));
    }

    @Test
    void theMatrixCoversEveryCellOnce() {
        long distinct = cells().map(a -> List.of(a.get()).subList(0, 5)).distinct().count();
        assertThat(distinct).isEqualTo((long) ThreadState.values().length * Standing.values().length
                * ModerationMode.values().length * CheckOutcome.values().length * 2);
        assertThat(cells().count()).isEqualTo(distinct);
    }
}

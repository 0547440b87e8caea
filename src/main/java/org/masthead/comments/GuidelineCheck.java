package org.masthead.comments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Checks a draft against the community guidelines before it is posted: the one entry point for the form, the
 * JavaScript and the API alike. Local and fast (p99 under 5 ms a comment, see docs/benchmarks.md); the
 * language detector's models load once, here, when the application starts.
 */
@Service
public class GuidelineCheck {

    private static final Logger log = LoggerFactory.getLogger(GuidelineCheck.class);

    private final Guidelines guidelines;
    private final Clock clock;

    GuidelineCheck(CommentsProperties settings, Clock clock) {
        long start = System.nanoTime();
        this.guidelines = new Guidelines(settings);
        this.clock = clock;
        log.info("Comment guidelines ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** What the guidelines say of this draft now; clean when it may appear at once (in post-moderation). */
    public Verdict check(CommentDraft draft) {
        return guidelines.check(draft, clock.instant());
    }
}

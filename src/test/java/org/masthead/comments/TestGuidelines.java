package org.masthead.comments;

import java.time.Instant;

/** One {@link Guidelines} with the default settings for every test of this package: the detector loads once. */
final class TestGuidelines {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final Guidelines DEFAULTS = new Guidelines(CommentsProperties.defaults());

    private TestGuidelines() {
    }

    static Verdict check(String text, String site) {
        return DEFAULTS.check(CommentDraft.of(text, site), NOW);
    }

    static Verdict check(String text) {
        return check(text, "en");
    }
}

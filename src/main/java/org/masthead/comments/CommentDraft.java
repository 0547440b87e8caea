package org.masthead.comments;

import java.time.Instant;
import java.util.List;

/**
 * A comment as the reader submitted it, with what the checks need to know around it.
 *
 * @param text             the comment's plain text as typed
 * @param languages        the publication's languages as BCP 47 tags ({@code platform.Publication.language()}); the
 *                         first one is the language of the explanations
 * @param recentPosts      when this reader last posted (any order; older than the rate window is ignored)
 * @param previousText     this reader's previous comment, or null: the same text again counts as repeated
 */
public record CommentDraft(String text, List<String> languages, List<Instant> recentPosts, String previousText) {

    public CommentDraft {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a draft needs the publication's language");
        }
        text = text == null ? "" : text;
        languages = List.copyOf(languages);
        recentPosts = List.copyOf(recentPosts);
    }

    /** A first comment by a reader with no history, on a site in {@code language}. */
    public static CommentDraft of(String text, String language) {
        return new CommentDraft(text, List.of(language), List.of(), null);
    }
}

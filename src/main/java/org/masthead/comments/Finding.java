package org.masthead.comments;

/**
 * One guideline a draft seems to break.
 *
 * @param rule        the guideline
 * @param explanation what to tell the commenter, in the site's language, naming the guideline
 * @param matched     what in the text made the rule fire (a word as typed, a detected language's tag), or
 *                    empty where nothing single did (a missing full stop, the posting rate)
 */
public record Finding(Rule rule, String explanation, String matched) {
}

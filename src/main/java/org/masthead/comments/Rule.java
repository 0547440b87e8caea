package org.masthead.comments;

/** One of the community guidelines a comment is checked against before it is posted. */
public enum Rule {
    /** Written in one of the publication's languages. */
    LANGUAGE,
    /** Written in full sentences: not a fragment, not shouted, not only links or emoji. */
    FULL_SENTENCES,
    /** No swearing or slurs. */
    ABUSE,
    /** No insults aimed at a person: another commenter, someone named, "people like you". */
    PERSONAL_ATTACK,
    /** Not more links than a conversation needs. */
    SPAM_LINKS,
    /** Not the same characters, words or comment over and over. */
    REPEATED_TEXT,
    /** Not faster than the posting rate. */
    RATE
}

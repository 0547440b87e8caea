package org.masthead.paywall;

import org.masthead.content.AccessLevel;

/**
 * What an e-mail may carry of an article, for a recipient who is or is not a subscriber: the e-mail side of
 * {@code AccessRule}, pure and tested as a matrix. Free articles go whole to everyone. Metered and premium ones go
 * whole only to subscribers: an e-mail cannot count a meter (it is read offline, forwarded, opened twice), so a
 * metered article counts as gated here, and everyone else gets {@code content.ArticleExcerpt} and a link.
 */
public final class EmailAccess {

    private EmailAccess() {
    }

    public static boolean wholeText(boolean subscriber, AccessLevel level) {
        return level == AccessLevel.FREE || subscriber;
    }
}

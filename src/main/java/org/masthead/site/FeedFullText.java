package org.masthead.site;

import org.masthead.content.AccessLevel;

/**
 * Whether a feed item carries the article's whole body. Only free articles ever do: a metered or premium
 * body in a feed would be read past the paywall, so those carry the standfirst and a link.
 */
final class FeedFullText {
    private FeedFullText() {
    }

    static boolean carries(boolean fullTextFeeds, AccessLevel access) {
        return fullTextFeeds && access == AccessLevel.FREE;
    }
}

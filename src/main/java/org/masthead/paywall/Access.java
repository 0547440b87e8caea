package org.masthead.paywall;

/**
 * The access rule's answer for one view of one article.
 *
 * @param fullText whether the reader gets the whole article; otherwise the standfirst, a free excerpt and
 *                 {@code wall}
 * @param wall     what a blocked reader is asked to do ({@link Wall#NONE} with the full text)
 * @param counts   this view adds the article to the reader's meter (their first read of it this month)
 * @param left     free metered articles left this month after this view; -1 where no meter applies
 * @param limit    free metered articles a month for this kind of reader; -1 where no meter applies
 * @param notice   what the reader is told about their meter ("2 of 10 free articles left this month"), or null
 * @param shared   the answer is the same for every anonymous reader, so a shared cache (a CDN) may keep it
 */
public record Access(boolean fullText, Wall wall, boolean counts, int left, int limit, String notice, boolean shared) {

    static Access full(boolean shared) {
        return new Access(true, Wall.NONE, false, -1, -1, null, shared);
    }

    static Access blocked(Wall wall, int limit, boolean shared) {
        return new Access(false, wall, false, limit > 0 ? 0 : -1, limit, null, shared);
    }

    static Access metered(boolean counts, int left, int limit) {
        String notice = counts && left == 0 ? "This is the last of your " + limit + " free articles this month"
                : left + " of " + limit + " free articles left this month";
        return new Access(true, Wall.NONE, counts, left, limit, notice, false);
    }
}

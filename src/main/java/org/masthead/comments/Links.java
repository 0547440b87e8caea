package org.masthead.comments;

import java.util.regex.Pattern;

/** Finds links in comment text the way readers write them: with a scheme, with www., or a bare domain and path. */
final class Links {

    static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|(?<![a-z0-9.-])(?:[a-z0-9-]++\\.)++[a-z]{2,}/\\S*");

    private Links() {
    }

    static int count(String text) {
        return (int) LINK.matcher(text).results().count();
    }

    /** The text with each link blanked out, same length, so positions still line up. */
    static String blanked(String text) {
        return LINK.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }
}

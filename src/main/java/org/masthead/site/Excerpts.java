package org.masthead.site;

import java.util.regex.Pattern;

/** Short excerpts cut at a word boundary, ending with "…". */
final class Excerpts {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.—–-]+$");

    private Excerpts() {
    }

    static String cut(String text, int max) {
        String t = text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        String head = t.substring(0, cut > max / 2 ? cut : max);
        return TRAILING.matcher(head).replaceAll("") + "…";
    }
}

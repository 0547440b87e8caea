package org.masthead.site;

/**
 * Short excerpts cut at a word boundary, ending with "…". Plain loops rather than regular expressions: this
 * runs for every item of every list on every page, and a regex pass here cost a fifth of a rendering.
 */
final class Excerpts {

    private static final String TRAILING = ",;:.—–-";

    private Excerpts() {
    }

    static String cut(String text, int max) {
        String t = collapse(text == null ? "" : text);
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        int end = cut > max / 2 ? cut : max;
        while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || TRAILING.indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        return t.substring(0, end) + "…";
    }

    /** Trims and turns every run of whitespace into one space. */
    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}

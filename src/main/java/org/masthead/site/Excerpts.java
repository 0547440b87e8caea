package org.masthead.site;

/** Short excerpts cut at a word boundary, ending with "…". */
final class Excerpts {
    private Excerpts() {
    }

    static String cut(String text, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        String head = t.substring(0, cut > max / 2 ? cut : max);
        return head.replaceAll("[\\s,;:.—–-]+$", "") + "…";
    }
}

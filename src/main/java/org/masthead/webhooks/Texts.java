package org.masthead.webhooks;

/** Text cut to fit a column, so a receiver's long answer or error cannot fail the write that logs it. */
final class Texts {
    private Texts() {
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package org.masthead.members;

import org.masthead.platform.InvalidInputException;

import java.util.regex.Pattern;

/** The name a reader goes by (on comments, later): optional, one line, at most {@value #MAX} characters. */
final class DisplayNames {

    static final int MAX = 60;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]");

    private DisplayNames() {
    }

    /** The name tidied (trimmed, inner runs of spaces made one); a problem is added to {@code errors}. */
    static String check(String name, String field, InvalidInputException.Builder errors) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (CONTROL.matcher(n).find()) {
            errors.add(field, "Use letters, numbers and punctuation only");
        } else if (n.codePointCount(0, n.length()) > MAX) {
            errors.add(field, "Use at most " + MAX + " characters");
        }
        return n;
    }
}

package org.masthead.newsletter;

import java.util.Optional;

/**
 * What an issue's typed fields may hold; pure. A subject becomes a mail header, so it is one line: a CR or LF
 * would start a header of the sender's choosing, so they are refused here with a message (and the mail module
 * refuses them again), never stripped silently.
 */
final class IssueRules {

    static final int MAX_SUBJECT = 200;
    static final int MAX_INTRO = 1_000;
    static final int MAX_TEXT = 10_000;

    private IssueRules() {
    }

    static Optional<String> subjectProblem(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.of("Write a subject");
        }
        if (subject.chars().anyMatch(c -> c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
            return Optional.of("A subject is one line: remove the line breaks");
        }
        if (subject.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            return Optional.of("Remove the control characters");
        }
        if (subject.strip().length() > MAX_SUBJECT) {
            return Optional.of("Use at most " + MAX_SUBJECT + " characters (now " + subject.strip().length() + ")");
        }
        return Optional.empty();
    }

    static Optional<String> lengthProblem(String text, int max) {
        int length = text == null ? 0 : text.strip().length();
        return length > max ? Optional.of("Use at most " + max + " characters (now " + length + ")") : Optional.empty();
    }

    /** {@code s} on one line: every line break or other control character becomes a space. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\u0085\u2028\u2029]+", " ").strip();
    }

    /** At most {@code max} characters, ending with "…" when cut. */
    static String cut(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
    }
}

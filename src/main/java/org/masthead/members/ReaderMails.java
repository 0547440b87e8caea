package org.masthead.members;

import java.util.List;

/**
 * The view record of every reader e-mail's HTML part ({@code members/mail.jte}); the text part says the same. Other
 * modules' transactional reader mail (a newsletter sign-up's confirmation) uses it too, so all of it looks alike.
 */
public final class ReaderMails {
    private ReaderMails() {
    }

    /**
     * @param code     a sign-in code shown large, or null
     * @param link     the one button's target, or null; {@code linkLabel} is its text
     */
    public record Message(String siteName, String heading, List<String> before, String code, String linkLabel,
                          String link, List<String> after) {

        /** The plain-text part: the same words, the code on its own line, the link in full. */
        public String text() {
            StringBuilder out = new StringBuilder(heading).append("\n\n");
            before.forEach(p -> out.append(p).append("\n\n"));
            if (code != null) {
                out.append("    ").append(code).append("\n\n");
            }
            if (link != null) {
                out.append(linkLabel).append(":\n").append(link).append("\n\n");
            }
            after.forEach(p -> out.append(p).append("\n\n"));
            return out.append("— ").append(siteName).append('\n').toString();
        }
    }
}

package org.masthead.members;

import org.masthead.mail.MailService;
import org.masthead.platform.InvalidInputException;

import java.util.Locale;

/** E-mail addresses as members are keyed by them: trimmed, lower-case, and one the outbox can send to. */
final class Emails {

    private Emails() {
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The normalized address; refused with a message on {@code field} when mail could not reach it. */
    static String valid(String email, String field) {
        String normalized = normalize(email);
        MailService.addressProblem(normalized).ifPresent(problem -> {
            throw new InvalidInputException(field, normalized.isEmpty() ? "Enter your e-mail address"
                    : "Enter an e-mail address such as name@example.org");
        });
        return normalized;
    }

    /** {@code a•••@example.org}: enough to recognise, not enough to harvest. */
    static String mask(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at <= 0 ? "your address" : email.charAt(0) + "•••" + email.substring(at);
    }
}

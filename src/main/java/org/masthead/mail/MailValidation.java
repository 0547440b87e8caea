package org.masthead.mail;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.InvalidInputException.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a message field by field before it is accepted; nothing is stored when anything fails. */
final class MailValidation {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 1_000_000;
    private static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private MailValidation() {
    }

    static void check(OutgoingMail mail) {
        List<FieldError> errors = new ArrayList<>();
        MailAddresses.problem(mail.to()).ifPresent(problem -> errors.add(new FieldError("to", problem)));
        if (mail.subject() != null && mail.subject().chars().anyMatch(c -> c == '\r' || c == '\n')) {
            errors.add(new FieldError("subject", "one line"));
        }
        require(errors, "subject", mail.subject(), MAX_SUBJECT);
        require(errors, "text", mail.text(), MAX_BODY);
        if (mail.html() != null && mail.html().length() > MAX_BODY) {
            errors.add(new FieldError("html", "at most " + MAX_BODY + " characters"));
        }
        if (mail.kind() == null || mail.kind().length() > 40 || !KIND.matcher(mail.kind()).matches()) {
            errors.add(new FieldError("kind", "lower-case words joined by hyphens, such as sign-in-code"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void require(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }
}

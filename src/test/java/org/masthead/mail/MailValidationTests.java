package org.masthead.mail;

import org.junit.jupiter.api.Test;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailValidationTests {

    @Test
    void acceptsAPlainMessageAndOneWithAnHtmlAlternative() {
        assertThatCode(() -> MailValidation.check(new OutgoingMail("ed@example.org", "Your code", "123456", null, "sign-in-code")))
                .doesNotThrowAnyException();
        assertThatCode(() -> MailValidation.check(new OutgoingMail("ed@example.org", "Invite", "Join", "<p>Join</p>", "staff-invite")))
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> MailValidation.check(new OutgoingMail("not-an-address", " ", null, "x".repeat(1_000_001), "Sign In")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("to", "subject", "text", "html", "kind"));
    }

    @Test
    void aSubjectMustBeOneLineSoItCannotAddHeaders() {
        assertThatThrownBy(() -> MailValidation.check(new OutgoingMail("ed@example.org", "Hi\r\nBcc: all@example.org", "x", null, "test")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("subject", "one line")));
    }

    @Test
    void overlongSubjectsAreRefused() {
        assertThatThrownBy(() -> MailValidation.check(new OutgoingMail("ed@example.org", "s".repeat(301), "x", null, "test")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("subject", "at most 300 characters")));
    }
}

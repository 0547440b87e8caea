package org.masthead.staff;

import org.masthead.mail.MailService;
import org.masthead.mail.OutgoingMail;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The staff module's e-mails, in plain words, into the mail module's outbox. */
@Component
class StaffMailer implements StaffMail {

    private final MailService mail;
    private final Publication publication;

    StaffMailer(MailService mail, Publication publication) {
        this.mail = mail;
        this.publication = publication;
    }

    @Override
    public void signInCode(StaffUser user, String code) {
        mail.send(new OutgoingMail(user.email(), code + " is your " + publication.name() + " sign-in code",
                "Hello " + user.name() + ",\n\n"
                        + "Your code to sign in to the " + publication.name() + " newsroom on a new browser is:\n\n"
                        + "    " + code + "\n\n"
                        + "It works once, for 10 minutes. If you did not just try to sign in, change your password: "
                        + "someone knows it.\n", null, "sign-in-code"));
    }

    @Override
    public void invite(String email, String inviter, Role role, String link) {
        String article = role == Role.ADMIN || role == Role.AUTHOR || role == Role.EDITOR ? "an " : "a ";
        mail.send(new OutgoingMail(email, inviter + " invited you to the " + publication.name() + " newsroom",
                inviter + " invited you to join the " + publication.name() + " newsroom as "
                        + article + role.name().toLowerCase(Locale.ROOT) + ".\n\n"
                        + "Create your account here (the link works once, for 7 days):\n\n" + link + "\n", null,
                "staff-invite"));
    }

    @Override
    public void passwordReset(StaffUser user, String link) {
        mail.send(new OutgoingMail(user.email(), "Set a new password for " + publication.name(),
                "Hello " + user.name() + ",\n\nSomeone asked to reset your password. To set a new one, open this "
                        + "link (it works once, for an hour):\n\n" + link + "\n\n"
                        + "If that was not you, ignore this message; your password stays as it is.\n", null,
                "staff-password-reset"));
    }

    @Override
    public void passwordChanged(StaffUser user) {
        mail.send(new OutgoingMail(user.email(), "Your " + publication.name() + " password was changed",
                "Hello " + user.name() + ",\n\nThe password of your " + publication.name() + " newsroom account "
                        + "was just changed. If that was not you, ask an admin to lock the account at once.\n", null,
                "staff-password-changed"));
    }
}

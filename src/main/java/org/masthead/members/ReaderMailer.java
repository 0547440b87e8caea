package org.masthead.members;

import org.masthead.mail.MailService;
import org.masthead.mail.OutgoingMail;
import org.masthead.platform.PublicationProperties;
import org.masthead.platform.Templates;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The reader e-mails, written into the mail outbox inside the caller's transaction: an HTML part from
 * {@code members/mail.jte} and a plain-text part with the same words. Sign-in messages carry a 6-digit code and
 * a link together: the link is quickest, the code works where links open in another browser (in-app browsers).
 */
@Component
class ReaderMailer {

    private final MailService mail;
    private final Templates templates;
    private final PublicationProperties publication;
    private final MembersProperties props;
    private final DateTimeFormatter day;

    ReaderMailer(MailService mail, Templates templates, PublicationProperties publication, MembersProperties props) {
        this.mail = mail;
        this.templates = templates;
        this.publication = publication;
        this.props = props;
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(publication.timeZone());
    }

    void signIn(String email, Challenges.Issued issued, boolean knownMember) {
        String verb = knownMember ? "sign in to" : "create";
        send(email, issued.code() + " is your " + publication.name() + " code", "reader-sign-in",
                "Your code to " + verb + (knownMember ? " " : " your ") + publication.name() + (knownMember ? "" : " account"),
                List.of("Enter this code on the page where you asked for it:"), issued.code(),
                knownMember ? "Or sign in with this link" : "Or create your account with this link", signInLink(issued),
                List.of(lifetime() + " If you did not ask for it, ignore this message: nothing happens without the code."));
    }

    void signUp(String email, Challenges.Issued issued) {
        send(email, issued.code() + " confirms your " + publication.name() + " account", "reader-sign-up",
                "Confirm your e-mail address", List.of("Welcome to " + publication.name() + ". To finish creating your "
                        + "account, enter this code on the page where you signed up:"), issued.code(),
                "Or confirm with this link", signInLink(issued),
                List.of(lifetime() + " If you did not sign up, ignore this message: no account is created without it."));
    }

    /** Someone signed up with an address that already has an account: help its owner in, tell nobody else. */
    void alreadyMember(String email, Challenges.Issued issued) {
        send(email, issued.code() + " is your " + publication.name() + " code", "reader-sign-in",
                "You already have an account", List.of("Someone, probably you, tried to create a " + publication.name()
                        + " account with this address. It already has one, so here is a code to sign in instead:"),
                issued.code(), "Or sign in with this link", signInLink(issued),
                List.of(lifetime() + " Your account and password are unchanged."));
    }

    void reset(String email, Challenges.Issued issued) {
        send(email, "Set a new password for " + publication.name(), "reader-password-reset", "Set a new password",
                List.of("Someone asked to reset the password of your " + publication.name() + " account."), null,
                "Choose a new password", publication.absolute("/account/reset/confirm?token=" + issued.linkToken()),
                List.of("The link works once, for " + minutes(props.resetLifetime().toMinutes()) + ". If you did not ask "
                        + "for it, ignore this message: your password stays as it is."));
    }

    /** A reset asked for an address with no account: say so, and where to create one. */
    void resetUnknown(String email) {
        send(email, "Your " + publication.name() + " password reset", "reader-password-reset", "There is no account for this address",
                List.of("Someone asked to reset the password of a " + publication.name() + " account for this address, "
                        + "but there is none."), null, "Create an account", publication.absolute("/account/sign-up"),
                List.of("If you did not ask, ignore this message."));
    }

    void emailChange(String newEmail, Challenges.Issued issued) {
        send(newEmail, "Confirm your new e-mail address for " + publication.name(), "reader-email-change",
                "Confirm your new e-mail address", List.of("You asked to use this address for your " + publication.name()
                        + " account. Until you confirm, your account keeps its current address."), null,
                "Use this address", publication.absolute("/account/verify?token=" + issued.linkToken()),
                List.of("The link works once, for " + minutes(props.emailChangeLifetime().toMinutes())
                        + ". If you did not ask for it, ignore this message."));
    }

    void emailChanged(String oldEmail, String newEmail) {
        send(oldEmail, "Your " + publication.name() + " e-mail address was changed", "reader-email-changed",
                "Your e-mail address was changed", List.of("Your " + publication.name() + " account now uses "
                        + Emails.mask(newEmail) + " instead of this address. From now on we write to the new one."),
                null, null, null, List.of("If you did not make this change, reply to this message at once."));
    }

    void passwordChanged(String email) {
        send(email, "Your " + publication.name() + " password was changed", "reader-password-changed",
                "Your password was changed", List.of("The password of your " + publication.name() + " account was just "
                        + "changed, and every other browser was signed out."), null, null, null,
                List.of("If you did not do this, reset your password at once from the sign-in page."));
    }

    void deletionScheduled(String email, Instant due) {
        send(email, "Your " + publication.name() + " account will be deleted", "reader-account-deletion",
                "Your account will be deleted on " + day.format(due), List.of("You asked us to delete your "
                        + publication.name() + " account. Until " + day.format(due) + " you can change your mind: sign "
                        + "in and choose to keep it. After that, your account and what it holds are gone for good."),
                null, "Sign in to keep your account", publication.absolute("/account/sign-in"), List.of());
    }

    void deleted(String email) {
        send(email, "Your " + publication.name() + " account is deleted", "reader-account-deleted",
                "Your account is deleted", List.of("As you asked, your " + publication.name() + " account and what it "
                        + "held are deleted. Thank you for reading."), null, null, null, List.of());
    }

    private void send(String to, String subject, String kind, String heading, List<String> before, String code,
                      String linkLabel, String link, List<String> after) {
        ReaderMails.Message m = new ReaderMails.Message(publication.name(), heading, before, code, linkLabel, link, after);
        String html = new String(templates.render("members/mail", m), StandardCharsets.UTF_8);
        mail.send(new OutgoingMail(to, subject, m.text(), html, kind));
    }

    private String signInLink(Challenges.Issued issued) {
        return publication.absolute("/account/link?token=" + issued.linkToken());
    }

    private String lifetime() {
        return "The code and the link work once, for " + minutes(props.codeLifetime().toMinutes()) + ".";
    }

    private static String minutes(long minutes) {
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1 ? "an hour" : hours + " hours";
        }
        return minutes + " minutes";
    }
}

package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.ClientAddress;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Throttle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/**
 * What a signed-in reader changes on their account page: name, password, e-mail address (confirmed by a link
 * to the new one; the old one is told), and deletion (after a grace period, during which signing in offers to
 * keep the account). Every method takes the member id of the signed-in reader, never one from the request.
 */
@Service
public class MemberAccounts {

    /** How a confirmation link for a new address ended. */
    public enum EmailChange { CHANGED, TAKEN, EXPIRED }

    private final MemberRepository members;
    private final ReaderSessionRepository sessions;
    private final Readers readers;
    private final Challenges challenges;
    private final Passwords passwords;
    private final ReaderMailer mail;
    private final ReaderSignIn signIn;
    private final Throttle throttle;
    private final ClientAddress clients;
    private final ApplicationEventPublisher events;
    private final MembersProperties props;
    private final Clock clock;

    MemberAccounts(MemberRepository members, ReaderSessionRepository sessions, Readers readers, Challenges challenges, Passwords passwords,
                   ReaderMailer mail, ReaderSignIn signIn, Throttle throttle, ClientAddress clients,
                   ApplicationEventPublisher events, MembersProperties props, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.readers = readers;
        this.challenges = challenges;
        this.passwords = passwords;
        this.mail = mail;
        this.signIn = signIn;
        this.throttle = throttle;
        this.clients = clients;
        this.events = events;
        this.props = props;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Member member(long memberId) {
        return row(memberId).member();
    }

    /**
     * The member who holds {@code email} (any case, spaces around it ignored), for staff screens that find a
     * reader by address; a deleted member holds none.
     */
    @Transactional(readOnly = true)
    public Optional<Member> byEmail(String email) {
        return members.byEmail(Emails.normalize(email)).map(MemberRepository.Row::member);
    }

    /** The member of this number, unless there is none or it was deleted; for staff screens. */
    @Transactional(readOnly = true)
    public Optional<Member> byId(long memberId) {
        return members.byId(memberId).map(MemberRepository.Row::member);
    }

    @Transactional
    public void rename(long memberId, String displayName) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        String name = DisplayNames.check(displayName, "displayName", errors);
        errors.throwIfAny();
        members.rename(row(memberId).id(), name);
    }

    /**
     * Sets or changes the password. With one set, the current one must be given (wrong tries are throttled
     * like sign-ins); every session but this browser's ends, and the address is told.
     */
    @Transactional(noRollbackFor = InvalidInputException.class) // a wrong current password is still counted
    public void changePassword(long memberId, String current, String next, HttpServletRequest req) {
        MemberRepository.Row m = row(memberId);
        String address = clients.of(req);
        if (m.passwordHash() != null) {
            Optional<Duration> wait = throttle.blocked(ReaderThrottles.PASSWORDS, address, m.email());
            if (wait.isPresent()) {
                throw new InvalidInputException("currentPassword", "Too many wrong tries. Wait "
                        + Math.max(1, wait.get().toMinutes()) + " minutes, then try again");
            }
            if (!passwords.matches(current, m.passwordHash())) {
                throttle.count(ReaderThrottles.PASSWORDS, address, m.email());
                throw new InvalidInputException("currentPassword", "That is not your current password");
            }
        }
        InvalidInputException.Builder errors = InvalidInputException.builder();
        Passwords.check(next, "newPassword", errors);
        errors.throwIfAny();
        members.setPassword(memberId, passwords.hash(next));
        sessions.deleteAllBut(memberId, readers.session(req).map(ReaderSessionRepository.Live::sessionId).orElse(-1L));
        mail.passwordChanged(m.email());
    }

    /**
     * Sends a confirmation link to a new address; nothing changes until it is followed. Whether another account
     * holds the address is only said when the link is followed, by its owner.
     */
    @Transactional
    public void requestEmailChange(long memberId, String newEmail, HttpServletRequest req) {
        MemberRepository.Row m = row(memberId);
        String email = Emails.valid(newEmail, "newEmail");
        if (email.equals(m.email())) {
            throw new InvalidInputException("newEmail", "That is already your address");
        }
        Optional<Duration> wait = signIn.sendAllowed(email, req);
        if (wait.isPresent()) {
            throw new InvalidInputException("newEmail", "Too many e-mails asked for. Wait "
                    + Math.max(1, wait.get().toMinutes()) + " minutes, then try again");
        }
        Challenges.Issued issued = challenges.issue(Challenge.Kind.EMAIL_CHANGE, email, memberId, Challenge.Details.NONE,
                SafePath.ACCOUNT, false, props.emailChangeLifetime());
        mail.emailChange(email, issued);
    }

    /** The masked new address a confirmation link is for, while it is live. */
    @Transactional(readOnly = true)
    public Optional<String> emailChangeTarget(String token) {
        return challenges.byLink(token, EnumSet.of(Challenge.Kind.EMAIL_CHANGE)).map(c -> Emails.mask(c.email()));
    }

    /** Follows a confirmation link, once: the member's address becomes the new one, and the old one is told. */
    @Transactional
    public EmailChange confirmEmailChange(String token) {
        Challenge c = challenges.byLink(token, EnumSet.of(Challenge.Kind.EMAIL_CHANGE)).orElse(null);
        MemberRepository.Row m = c == null ? null : members.byId(c.memberId()).orElse(null);
        if (m == null) {
            return EmailChange.EXPIRED;
        }
        if (members.byEmail(c.email()).isPresent()) {
            return EmailChange.TAKEN; // checked first: on PostgreSQL a failed update would end the transaction
        }
        if (!challenges.spendLink(token, EnumSet.of(Challenge.Kind.EMAIL_CHANGE)).isPresent()) {
            return EmailChange.EXPIRED;
        }
        members.changeEmail(m.id(), c.email(), clock.instant());
        mail.emailChanged(m.email(), c.email());
        events.publishEvent(new MemberEmailChanged(m.id()));
        return EmailChange.CHANGED;
    }

    /**
     * Schedules the account's deletion after the grace period, once the reader has typed their address to
     * confirm; every session ends. Signing in before then offers to keep the account.
     */
    @Transactional
    public Instant requestDeletion(long memberId, String confirmEmail) {
        MemberRepository.Row m = row(memberId);
        if (!Emails.normalize(confirmEmail).equals(m.email())) {
            throw new InvalidInputException("confirmEmail", "Type your e-mail address exactly as shown to confirm");
        }
        Instant due = clock.instant().plus(props.deletionGrace());
        members.scheduleDeletion(memberId, due);
        sessions.deleteAll(memberId);
        mail.deletionScheduled(m.email(), due);
        return due;
    }

    /** How long a deleted account can still be kept by signing in. */
    public Duration deletionGrace() {
        return props.deletionGrace();
    }

    @Transactional
    public void cancelDeletion(long memberId) {
        members.cancelDeletion(row(memberId).id());
    }

    private MemberRepository.Row row(long memberId) {
        return members.byId(memberId).orElseThrow(() -> new NotFoundException("no member " + memberId));
    }
}

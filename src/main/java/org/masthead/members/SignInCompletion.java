package org.masthead.members;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The steps of a sign-in that write, each run inside the caller's transaction: sending a sign-up's e-mail,
 * turning a used challenge into a member (created on first use, with its sign-up details and consent), and
 * setting a password from a reset link.
 */
@Component
class SignInCompletion {

    static final String SIGN_UP_SOURCE = "sign-up";

    private final MemberRepository members;
    private final ReaderSessionRepository sessions;
    private final Challenges challenges;
    private final Consents consents;
    private final ReaderMailer mail;
    private final ApplicationEventPublisher events;
    private final MembersProperties props;
    private final Clock clock;

    SignInCompletion(MemberRepository members, ReaderSessionRepository sessions, Challenges challenges, Consents consents,
                     ReaderMailer mail, ApplicationEventPublisher events, MembersProperties props, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.challenges = challenges;
        this.consents = consents;
        this.mail = mail;
        this.events = events;
        this.props = props;
        this.clock = clock;
    }

    /** A sign-up's message: a confirmation for a new address, a sign-in code for one that has an account. */
    Challenges.Issued sendSignUp(String email, Challenge.Details details, String next) {
        Optional<MemberRepository.Row> known = members.byEmail(email);
        if (known.isPresent()) {
            Challenges.Issued issued = challenges.issue(Challenge.Kind.SIGN_IN, email, known.get().id(),
                    Challenge.Details.NONE, next, true, props.codeLifetime());
            mail.alreadyMember(email, issued);
            return issued;
        }
        Challenges.Issued issued = challenges.issue(Challenge.Kind.SIGN_UP, email, null, details, next, true,
                props.codeLifetime());
        mail.signUp(email, issued);
        return issued;
    }

    /**
     * The member a spent sign-in challenge proves: its member, or the account its address has by now, or a new
     * one (with the sign-up's name, password and offers consent; {@link MemberSignedUp} is published).
     */
    ReaderSignIn.Outcome complete(Challenge c) {
        if (c.memberId() != null) {
            return members.byId(c.memberId()).<ReaderSignIn.Outcome>map(m -> signedIn(m, c, false))
                    .orElseGet(ReaderSignIn.Outcome.Expired::new);
        }
        Optional<MemberRepository.Row> existing = members.byEmail(c.email());
        if (existing.isPresent()) {
            return signedIn(existing.get(), c, false);
        }
        Challenge.Details d = c.details();
        long id = members.insert(c.email(), d.displayName(), d.passwordHash(), clock.instant());
        if (d.offersWordingId() != null) {
            consents.record(id, Consents.OFFERS, true, SIGN_UP_SOURCE, d.offersWordingId());
        }
        events.publishEvent(new MemberSignedUp(id));
        return signedIn(members.byId(id).orElseThrow(), c, true);
    }

    /** Sets the password a reset link allows, once, and ends every other session of the member. */
    ReaderSignIn.Outcome reset(String token, String passwordHash) {
        Optional<MemberRepository.Row> member = challenges.spendLink(token, EnumSet.of(Challenge.Kind.RESET))
                .filter(c -> c.memberId() != null).flatMap(c -> members.byId(c.memberId()));
        if (member.isEmpty()) {
            return new ReaderSignIn.Outcome.Expired();
        }
        MemberRepository.Row m = member.get();
        members.setPassword(m.id(), passwordHash);
        sessions.deleteAll(m.id());
        mail.passwordChanged(m.email());
        return new ReaderSignIn.Outcome.SignedIn(m.id(), SafePath.ACCOUNT, false, m.deletionDueAt() != null);
    }

    private static ReaderSignIn.Outcome signedIn(MemberRepository.Row m, Challenge c, boolean created) {
        return new ReaderSignIn.Outcome.SignedIn(m.id(), SafePath.of(c.nextPath()), created, m.deletionDueAt() != null);
    }
}

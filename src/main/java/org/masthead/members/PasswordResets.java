package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

/**
 * "Forgot your password": a link by e-mail that sets a new one (once, within an hour), ends every other
 * session and signs this browser in. Readers without a password use it to set their first.
 */
@Service
public class PasswordResets {

    private final MemberRepository members;
    private final Challenges challenges;
    private final SignInCompletion completion;
    private final Passwords passwords;
    private final ReaderMailer mail;
    private final ReaderSignIn signIn;
    private final MembersProperties props;
    private final TransactionTemplate tx;

    PasswordResets(MemberRepository members, Challenges challenges, SignInCompletion completion, Passwords passwords,
                   ReaderMailer mail, ReaderSignIn signIn, MembersProperties props, TransactionTemplate tx) {
        this.members = members;
        this.challenges = challenges;
        this.completion = completion;
        this.passwords = passwords;
        this.mail = mail;
        this.signIn = signIn;
        this.props = props;
        this.tx = tx;
    }

    /**
     * A link to the address when it has an account, a note saying it has none when not; the page answers the
     * same either way, after the same work (one challenge, one e-mail).
     */
    public ReaderSignIn.Outcome request(String email, HttpServletRequest req) {
        String normalized = Emails.valid(email, "email");
        Optional<Duration> wait = signIn.sendAllowed(normalized, req);
        if (wait.isPresent()) {
            return new ReaderSignIn.Outcome.Throttled(wait.get());
        }
        tx.executeWithoutResult(s -> {
            Long memberId = members.byEmail(normalized).map(MemberRepository.Row::id).orElse(null);
            Challenges.Issued issued = challenges.issue(Challenge.Kind.RESET, normalized, memberId, Challenge.Details.NONE,
                    SafePath.ACCOUNT, false, props.resetLifetime());
            if (memberId != null) {
                mail.reset(normalized, issued);
            } else {
                mail.resetUnknown(normalized);
            }
        });
        return new ReaderSignIn.Outcome.CodeSent(Emails.mask(normalized));
    }

    /** The masked address a reset link is for, while it is live and names an account. */
    public Optional<String> target(String token) {
        return challenges.byLink(token, EnumSet.of(Challenge.Kind.RESET)).filter(c -> c.memberId() != null)
                .map(c -> Emails.mask(c.email()));
    }

    /** Checks the new password first (nothing is spent on a refusal), then sets it and signs in. */
    public ReaderSignIn.Outcome reset(String token, String password, HttpServletRequest req, HttpServletResponse res) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        Passwords.check(password, "password", errors);
        errors.throwIfAny();
        String hash = passwords.hash(password);
        return signIn.finish(tx.execute(s -> completion.reset(token, hash)), req, res);
    }
}

package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.ClientAddress;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.SigningKeys;
import org.masthead.platform.Throttle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Signing readers in and up: by password, or by an e-mailed 6-digit code or link (one message carries both).
 * An address with no account that asks for a code gets one that creates the account; the sign-up form does
 * the same with a name, an optional password and the offers consent. Known and unknown addresses get the same
 * answer after the same work (a bcrypt check or hash, one challenge, one e-mail). Every success starts a
 * session through {@link ReaderSessions}, which tells the {@link ReaderSignInListener}s.
 */
@Service
public class ReaderSignIn {

    /** Where a sign-in stands after a step. */
    public sealed interface Outcome {
        /** Signed in on this browser; {@code deletionPending}: offer to keep the account before anything else. */
        record SignedIn(long memberId, String next, boolean newAccount, boolean deletionPending) implements Outcome { }
        /** A code and link went to the address (or would have, had it an account: the answer is the same). */
        record CodeSent(String maskedEmail) implements Outcome { }
        record WrongCode(String maskedEmail) implements Outcome { }
        record WrongPassword() implements Outcome { }
        /** The code or link was used, expired, or tried too often: start again. */
        record Expired() implements Outcome { }
        record Throttled(Duration retryAfter) implements Outcome { }
    }

    /** The sign-up form as typed; {@code offersWordingId} is the wording shown beside the offers box. */
    public record SignUp(String email, String displayName, String password, boolean offers, long offersWordingId) { }

    static final String PENDING_PURPOSE = "reader-pending";
    private static final Set<Challenge.Kind> SIGN_IN = EnumSet.of(Challenge.Kind.SIGN_IN, Challenge.Kind.SIGN_UP);

    private final MemberRepository members;
    private final Challenges challenges;
    private final SignInCompletion completion;
    private final Passwords passwords;
    private final ReaderMailer mail;
    private final ReaderSessions sessions;
    private final ReaderCookies cookies;
    private final Throttle throttle;
    private final ClientAddress clients;
    private final SigningKeys keys;
    private final MembersProperties props;
    private final TransactionTemplate tx;

    ReaderSignIn(MemberRepository members, Challenges challenges, SignInCompletion completion, Passwords passwords,
                 ReaderMailer mail, ReaderSessions sessions, ReaderCookies cookies, Throttle throttle,
                 ClientAddress clients, SigningKeys keys, MembersProperties props, TransactionTemplate tx) {
        this.members = members;
        this.challenges = challenges;
        this.completion = completion;
        this.passwords = passwords;
        this.mail = mail;
        this.sessions = sessions;
        this.cookies = cookies;
        this.throttle = throttle;
        this.clients = clients;
        this.keys = keys;
        this.props = props;
        this.tx = tx;
    }

    /** E-mail and password. Only these two fields count; a wrong e-mail and a wrong password answer alike. */
    public Outcome password(String email, String password, String next, HttpServletRequest req, HttpServletResponse res) {
        String address = clients.of(req);
        String normalized = Emails.normalize(email);
        Optional<Duration> wait = throttle.blocked(ReaderThrottles.PASSWORDS, address, normalized);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        Optional<MemberRepository.Row> found = members.byEmail(normalized);
        if (!passwords.matches(password, found.map(MemberRepository.Row::passwordHash).orElse(null))) {
            throttle.count(ReaderThrottles.PASSWORDS, address, normalized);
            return new Outcome.WrongPassword();
        }
        MemberRepository.Row m = found.get();
        return started(new Outcome.SignedIn(m.id(), SafePath.of(next), false, m.deletionDueAt() != null), req, res);
    }

    /** "E-mail me a code": a code and a link to the address, whether or not it has an account yet. */
    public Outcome emailMe(String email, String next, HttpServletRequest req, HttpServletResponse res) {
        String normalized = Emails.valid(email, "email");
        Optional<Duration> wait = sendAllowed(normalized, req);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        Challenges.Issued issued = tx.execute(s -> {
            Long memberId = members.byEmail(normalized).map(MemberRepository.Row::id).orElse(null);
            Challenges.Issued i = challenges.issue(Challenge.Kind.SIGN_IN, normalized, memberId, Challenge.Details.NONE,
                    SafePath.of(next), true, props.codeLifetime());
            mail.signIn(normalized, i, memberId != null);
            return i;
        });
        return pending(issued, normalized, res);
    }

    /**
     * The sign-up form: checked field by field (an {@link InvalidInputException} names each), then a code and
     * a link to the address. An address that already has an account gets a sign-in code instead, and the form's
     * details are dropped; the page cannot tell the two apart.
     */
    public Outcome signUp(SignUp form, String next, HttpServletRequest req, HttpServletResponse res) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        String normalized = Emails.normalize(form.email());
        try {
            normalized = Emails.valid(form.email(), "email");
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(f.field(), f.message()));
        }
        String name = DisplayNames.check(form.displayName(), "displayName", errors);
        boolean withPassword = form.password() != null && !form.password().isEmpty();
        if (withPassword) {
            Passwords.check(form.password(), "password", errors);
        }
        errors.throwIfAny();
        String email = normalized;
        Optional<Duration> wait = sendAllowed(email, req);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        String hash = withPassword ? passwords.hash(form.password()) : null; // hashed for known addresses too: same time
        Long wording = form.offers() ? form.offersWordingId() : null;
        Challenges.Issued issued = tx.execute(s -> completion.sendSignUp(email, new Challenge.Details(name, hash, wording),
                SafePath.of(next)));
        return pending(issued, email, res);
    }

    /** The address the pending code went to, for the code page; empty when there is none (or it expired). */
    public Optional<String> pendingEmail(HttpServletRequest req) {
        return pendingChallenge(req).flatMap(challenges::awaitingCode).map(c -> Emails.mask(c.email()));
    }

    /** The 6-digit code from the e-mail, typed on the browser that asked for it. */
    public Outcome code(String code, HttpServletRequest req, HttpServletResponse res) {
        Challenge c = pendingChallenge(req).flatMap(challenges::awaitingCode).orElse(null);
        if (c == null) {
            cookies.clear(res, ReaderCookies.PENDING, ReaderCookies.ACCOUNT_PATH);
            return new Outcome.Expired();
        }
        String address = clients.of(req);
        Optional<Duration> wait = throttle.blocked(ReaderThrottles.CODES, address, c.email());
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        Challenges.CodeCheck check = challenges.code(c.id(), code);
        if (check.check() == Challenges.Check.RIGHT) {
            return finish(tx.execute(s -> completion.complete(c)), req, res);
        }
        throttle.count(ReaderThrottles.CODES, address, c.email());
        if (check.check() == Challenges.Check.WRONG) {
            return new Outcome.WrongCode(Emails.mask(c.email()));
        }
        cookies.clear(res, ReaderCookies.PENDING, ReaderCookies.ACCOUNT_PATH);
        return new Outcome.Expired();
    }

    /** The masked address a sign-in link is for, while it is live; nothing is spent (mail scanners open links). */
    public Optional<String> linkTarget(String token) {
        return challenges.byLink(token, SIGN_IN).map(c -> Emails.mask(c.email()));
    }

    /** Follows a sign-in link, once, on whichever browser opened it. */
    public Outcome followLink(String token, HttpServletRequest req, HttpServletResponse res) {
        Optional<Challenge> c = challenges.spendLink(token, SIGN_IN);
        if (c.isEmpty()) {
            return new Outcome.Expired();
        }
        return finish(tx.execute(s -> completion.complete(c.get())), req, res);
    }

    Outcome finish(Outcome o, HttpServletRequest req, HttpServletResponse res) {
        return o instanceof Outcome.SignedIn s ? started(s, req, res) : o;
    }

    private Outcome started(Outcome.SignedIn s, HttpServletRequest req, HttpServletResponse res) {
        sessions.start(s.memberId(), req, res);
        return s;
    }

    /** Counts an e-mail asked for; the wait when the address or the recipient has asked too often. */
    Optional<Duration> sendAllowed(String email, HttpServletRequest req) {
        String address = clients.of(req);
        Optional<Duration> wait = throttle.blocked(ReaderThrottles.EMAILS, address, email);
        if (wait.isEmpty()) {
            throttle.count(ReaderThrottles.EMAILS, address, email);
        }
        return wait;
    }

    /** Remembers on this browser (signed, /account only, as long as the code lives) which code it waits for. */
    private Outcome pending(Challenges.Issued issued, String email, HttpServletResponse res) {
        cookies.set(res, ReaderCookies.PENDING, keys.sign(PENDING_PURPOSE, String.valueOf(issued.id())),
                ReaderCookies.ACCOUNT_PATH, props.codeLifetime());
        return new Outcome.CodeSent(Emails.mask(email));
    }

    private Optional<Long> pendingChallenge(HttpServletRequest req) {
        return ReaderCookies.read(req, ReaderCookies.PENDING).flatMap(v -> keys.verify(PENDING_PURPOSE, v))
                .filter(id -> id.matches("[0-9]{1,18}")).map(Long::parseLong);
    }
}

package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.SigningKeys;
import org.masthead.platform.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reader sessions: started after every successful sign-in (a new random token, so a planted one is useless;
 * then every {@link ReaderSignInListener}), listed on the account page, ended one by one or everywhere. The
 * identity cookie is issued with the session and renewed from it.
 */
@Service
public class ReaderSessions {

    private static final Logger log = LoggerFactory.getLogger(ReaderSessions.class);

    /** A session as the account page lists it; {@code current} is the browser asking. */
    public record Listed(long id, String device, Instant signedInAt, Instant lastSeenAt, boolean current) { }

    private final ReaderSessionRepository sessions;
    private final MemberRepository members;
    private final Readers readers;
    private final ReaderCookies cookies;
    private final SigningKeys keys;
    private final MembersProperties props;
    private final Clock clock;
    private final ObjectProvider<ReaderSignInListener> listeners;

    ReaderSessions(ReaderSessionRepository sessions, MemberRepository members, Readers readers, ReaderCookies cookies,
                   SigningKeys keys, MembersProperties props, Clock clock, ObjectProvider<ReaderSignInListener> listeners) {
        this.sessions = sessions;
        this.members = members;
        this.readers = readers;
        this.cookies = cookies;
        this.keys = keys;
        this.props = props;
        this.clock = clock;
        this.listeners = listeners;
    }

    /**
     * Signs the member in on this browser: a new session (any earlier one of this browser ends), both cookies,
     * then the listeners, each on its own (one that fails is logged and skipped). Called outside any transaction,
     * after the sign-in's own has committed.
     */
    void start(long memberId, HttpServletRequest req, HttpServletResponse res) {
        ReaderCookies.read(req, Readers.SESSION_COOKIE).ifPresent(old -> sessions.live(Tokens.sha256(old), clock.instant())
                .ifPresent(s -> sessions.delete(s.sessionId())));
        Instant now = clock.instant();
        String token = Tokens.random(43);
        sessions.insert(memberId, Tokens.sha256(token), Devices.label(req.getHeader("User-Agent")), now,
                now.plus(props.sessionLifetime()));
        cookies.set(res, Readers.SESSION_COOKIE, token, "/", props.sessionLifetime());
        String name = members.byId(memberId).map(MemberRepository.Row::displayName).orElse("");
        issueIdentity(new ReaderIdentity(memberId, name), res);
        cookies.clear(res, ReaderCookies.PENDING, ReaderCookies.ACCOUNT_PATH);
        Readers.forget(req);
        for (ReaderSignInListener listener : listeners.orderedStream().toList()) {
            try {
                listener.signedIn(memberId, req, res);
            } catch (RuntimeException e) {
                log.warn("Sign-in listener {} failed for member {}", listener.getClass().getName(), memberId, e);
            }
        }
    }

    /**
     * A fresh identity cookie from the database session, and the session cookie's life extended; when there is
     * no live session, both cookies are cleared. What {@code POST /account/identity} and account pages call.
     */
    public Optional<ReaderIdentity> renew(HttpServletRequest req, HttpServletResponse res) {
        Optional<ReaderIdentity> who = readers.signedIn(req);
        if (who.isPresent()) {
            issueIdentity(who.get(), res);
            ReaderCookies.read(req, Readers.SESSION_COOKIE)
                    .ifPresent(token -> cookies.set(res, Readers.SESSION_COOKIE, token, "/", props.sessionLifetime()));
        } else {
            clearCookies(res);
        }
        return who;
    }

    /** A fresh identity cookie with what the member's record says now, after they changed their name. */
    public void refreshIdentity(long memberId, HttpServletResponse res) {
        members.byId(memberId).ifPresent(m -> issueIdentity(new ReaderIdentity(m.id(), m.displayName()), res));
    }

    /** Ends this browser's session. */
    @Transactional
    public void signOut(HttpServletRequest req, HttpServletResponse res) {
        readers.session(req).ifPresent(s -> sessions.delete(s.sessionId()));
        clearCookies(res);
        Readers.forget(req);
    }

    /** Ends every session of the member, this browser's included. */
    @Transactional
    public void signOutEverywhere(long memberId, HttpServletRequest req, HttpServletResponse res) {
        sessions.deleteAll(memberId);
        clearCookies(res);
        Readers.forget(req);
    }

    @Transactional(readOnly = true)
    public List<Listed> list(long memberId, HttpServletRequest req) {
        long current = readers.session(req).map(ReaderSessionRepository.Live::sessionId).orElse(-1L);
        return sessions.list(memberId, clock.instant()).stream()
                .map(s -> new Listed(s.id(), s.device(), s.createdAt(), s.lastSeenAt(), s.id() == current)).toList();
    }

    /** Ends one session of the member's; false when the id names none of theirs (another reader's, say). */
    @Transactional
    public boolean revoke(long memberId, long sessionId) {
        return sessions.delete(memberId, sessionId) == 1;
    }

    void issueIdentity(ReaderIdentity who, HttpServletResponse res) {
        cookies.set(res, Readers.IDENTITY_COOKIE, IdentityToken.issue(keys, who, clock.instant().plus(props.identityLifetime())),
                "/", props.identityLifetime());
    }

    private void clearCookies(HttpServletResponse res) {
        cookies.clear(res, Readers.SESSION_COOKIE, "/");
        cookies.clear(res, Readers.IDENTITY_COOKIE, "/");
    }
}

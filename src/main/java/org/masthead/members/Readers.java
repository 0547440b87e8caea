package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.SigningKeys;
import org.masthead.platform.Tokens;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who the reader behind a request is. Two ways, for two kinds of page:
 * <ul>
 *   <li>{@link #identify}: the signed identity cookie ({@value #IDENTITY_COOKIE}), verified in memory — no
 *   database, no session. For article pages and anything else on the hot path. It lives
 *   {@code masthead.members.identity-lifetime} (30 minutes) and is renewed from the session: on every account
 *   page and action, and by {@code POST /account/identity}, which page script calls when
 *   {@link #identityStale} (a session cookie but no valid identity).</li>
 *   <li>{@link #signedIn}: the reader session ({@value #SESSION_COOKIE}) looked up in the database, so a
 *   session ended anywhere is refused at once. For account pages and actions only.</li>
 * </ul>
 * Each answer is worked out once per request.
 */
@Service
public class Readers {

    public static final String SESSION_COOKIE = "MASTHEAD_READER";
    public static final String IDENTITY_COOKIE = "MASTHEAD_ID";

    /** How stale "last seen" may get before a visit writes it again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(5);
    private static final String IDENTIFIED = Readers.class.getName() + ".identified";
    private static final String SESSION = Readers.class.getName() + ".session";

    private final SigningKeys keys;
    private final ReaderSessionRepository sessions;
    private final MembersProperties props;
    private final Clock clock;

    Readers(SigningKeys keys, ReaderSessionRepository sessions, MembersProperties props, Clock clock) {
        this.keys = keys;
        this.sessions = sessions;
        this.props = props;
        this.clock = clock;
    }

    /** The reader named by a valid identity cookie; checked in memory only. */
    @SuppressWarnings("unchecked")
    public Optional<ReaderIdentity> identify(HttpServletRequest request) {
        Object known = request.getAttribute(IDENTIFIED);
        if (known instanceof Optional<?> o) {
            return (Optional<ReaderIdentity>) o;
        }
        Optional<ReaderIdentity> who = ReaderCookies.read(request, IDENTITY_COOKIE)
                .flatMap(token -> IdentityToken.verify(keys, token, clock.instant()));
        request.setAttribute(IDENTIFIED, who);
        return who;
    }

    /** The reader of a live session in the database: for account pages and actions, never article pages. */
    public Optional<ReaderIdentity> signedIn(HttpServletRequest request) {
        return session(request).map(s -> new ReaderIdentity(s.memberId(), s.displayName()));
    }

    /** True when the browser holds a session but no valid identity: its page should ask for a fresh one. */
    public boolean identityStale(HttpServletRequest request) {
        return identify(request).isEmpty() && ReaderCookies.read(request, SESSION_COOKIE).isPresent();
    }

    /** The live session of this request, its "last seen" written at most every few minutes. */
    @SuppressWarnings("unchecked")
    Optional<ReaderSessionRepository.Live> session(HttpServletRequest request) {
        Object known = request.getAttribute(SESSION);
        if (known instanceof Optional<?> o) {
            return (Optional<ReaderSessionRepository.Live>) o;
        }
        Instant now = clock.instant();
        Optional<ReaderSessionRepository.Live> live = ReaderCookies.read(request, SESSION_COOKIE)
                .filter(token -> token.length() <= 100)
                .flatMap(token -> sessions.live(Tokens.sha256(token), now));
        live.filter(s -> s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now))
                .ifPresent(s -> sessions.touch(s.sessionId(), now, now.plus(props.sessionLifetime())));
        request.setAttribute(SESSION, live);
        return live;
    }

    /** Forgets what this request knew, after its reader signed in or out. */
    static void forget(HttpServletRequest request) {
        request.removeAttribute(IDENTIFIED);
        request.removeAttribute(SESSION);
    }
}

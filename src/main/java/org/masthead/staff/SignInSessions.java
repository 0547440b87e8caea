package org.masthead.staff;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.masthead.platform.Publication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a finished sign-in into a database session (a new session id, so a fixed one is useless), keeps the
 * half-finished one between its steps, trusts devices, and ends every session of a person at once.
 */
@Component
class SignInSessions {

    static final String PENDING = SignInSessions.class.getName() + ".pending";
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    static final Duration DEVICE_LIFETIME = Duration.ofDays(180);

    /** A sign-in whose password was right, waiting for its second factor. */
    record Pending(long userId, StaffSignIn.Method method, String maskedEmail, Instant startedAt) implements Serializable { }

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final TrustedDevices devices;
    private final Publication publication;
    private final StaffProperties props;
    private final Clock clock;

    SignInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, TrustedDevices devices,
                   Publication publication, StaffProperties props, Clock clock) {
        this.sessions = sessions;
        this.devices = devices;
        this.publication = publication;
        this.props = props;
        this.clock = clock;
    }

    void pending(HttpServletRequest req, StaffSignIn.Outcome.NeedsCode next) {
        HttpSession session = req.getSession(true);
        req.changeSessionId();
        session.setAttribute(PENDING, new Pending(next.userId(), next.method(), next.maskedEmail(), clock.instant()));
    }

    Optional<Pending> pending(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        Pending p = session == null ? null : (Pending) session.getAttribute(PENDING);
        return Optional.ofNullable(p).filter(x -> x.startedAt().plus(PENDING_LIFETIME).isAfter(clock.instant()));
    }

    void forgetPending(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    void signIn(StaffUser user, boolean trustDevice, HttpServletRequest req, HttpServletResponse res) {
        req.getSession(true);
        req.changeSessionId();
        forgetPending(req);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new StaffPrincipal(user.id()), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, req, res);
        if (trustDevice) {
            String agent = req.getHeader("User-Agent");
            Cookie cookie = new Cookie(StaffSecurity.DEVICE_COOKIE,
                    devices.trust(user.id(), agent == null ? "Unknown browser" : agent));
            cookie.setPath(StaffSecurity.STAFF_PATH);
            cookie.setHttpOnly(true);
            cookie.setSecure(StaffSecurity.secure(publication, props));
            cookie.setMaxAge((int) DEVICE_LIFETIME.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            res.addCookie(cookie);
        }
    }

    static String deviceCookie(HttpServletRequest req) {
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (StaffSecurity.DEVICE_COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** Ends every session this person has, on every node (they live in the database). */
    void endAll(long userId) {
        sessions.findByPrincipalName(new StaffPrincipal(userId).getName()).keySet().forEach(sessions::deleteById);
    }
}

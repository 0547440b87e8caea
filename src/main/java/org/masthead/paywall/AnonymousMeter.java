package org.masthead.paywall;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.PublicationProperties;
import org.masthead.platform.SigningKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An anonymous reader's meter: the month and the distinct metered articles read in it, in the signed, HttpOnly
 * cookie {@value #COOKIE} ({@code 1~202611~<ids in base 36>.<signature>}, key purpose {@value #PURPOSE}). A cookie
 * that does not verify, or names another month, counts as none: tampering gains nothing that clearing the cookie
 * would not, and clearing it is the accepted price of not having an account. Rejected: a server-side record per
 * browser, which would need an id cookie anyway and a database write for every anonymous reader.
 */
@Component
class AnonymousMeter {

    static final String COOKIE = "MASTHEAD_METER";
    static final String PURPOSE = "meter";
    static final int MAX_IDS = 100;
    private static final String VERSION = "1";
    private static final Duration LIFETIME = Duration.ofDays(32);

    private final SigningKeys keys;
    private final boolean secure;

    AnonymousMeter(SigningKeys keys, PaywallProperties props, PublicationProperties publication) {
        this.keys = keys;
        this.secure = props.secureCookies() != null ? props.secureCookies() : publication.baseUrl().startsWith("https://");
    }

    /** The articles read in {@code month} by this browser; empty without a valid cookie of that month. */
    Set<Long> read(HttpServletRequest req, int month) {
        String value = value(req);
        return value == null ? Set.of() : keys.verify(PURPOSE, value).map(p -> parse(p, month)).orElse(Set.of());
    }

    boolean present(HttpServletRequest req) {
        return value(req) != null;
    }

    void write(HttpServletResponse res, int month, Collection<Long> ids) {
        cookie(res, keys.sign(PURPOSE, payload(month, ids)), LIFETIME);
    }

    void clear(HttpServletResponse res) {
        cookie(res, "", Duration.ZERO);
    }

    static String payload(int month, Collection<Long> ids) {
        StringJoiner out = new StringJoiner("~");
        out.add(VERSION).add(String.valueOf(month));
        ids.stream().limit(MAX_IDS).forEach(id -> out.add(Long.toString(id, 36)));
        return out.toString();
    }

    static Set<Long> parse(String payload, int month) {
        String[] parts = payload.split("~");
        if (parts.length < 2 || !VERSION.equals(parts[0]) || !parts[1].equals(String.valueOf(month))) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        try {
            for (int i = 2; i < parts.length && ids.size() < MAX_IDS; i++) {
                ids.add(Long.parseLong(parts[i], 36));
            }
        } catch (NumberFormatException malformed) {
            return Set.of();
        }
        return ids;
    }

    private static String value(HttpServletRequest req) {
        if (req.getHeader(HttpHeaders.COOKIE) == null) {
            return null; // no cookie parsing at all for most anonymous requests
        }
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private void cookie(HttpServletResponse res, String value, Duration maxAge) {
        res.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value).path("/").maxAge(maxAge)
                .httpOnly(true).secure(secure).sameSite("Lax").build().toString());
    }
}

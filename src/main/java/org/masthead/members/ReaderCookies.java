package org.masthead.members;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.PublicationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The reader cookies, all HttpOnly and SameSite=Lax (a cross-site POST does not carry them), Secure whenever
 * the site is served over HTTPS. The session and identity cookies have path {@code /}, so article pages see
 * the identity; the half-finished sign-in and the story waiting to be saved only travel to {@code /account}.
 * None of them is ever set on a page the page cache keeps (it keeps no answer that sets a cookie).
 */
@Component
class ReaderCookies {

    static final String PENDING = "MASTHEAD_PENDING";
    static final String SAVE = "MASTHEAD_SAVE";
    static final String ACCOUNT_PATH = "/account";

    private final boolean secure;

    ReaderCookies(MembersProperties props, PublicationProperties publication) {
        this.secure = props.secureCookies() != null ? props.secureCookies() : publication.baseUrl().startsWith("https://");
    }

    static Optional<String> read(HttpServletRequest req, String name) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (name.equals(c.getName()) && !c.getValue().isEmpty()) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    void set(HttpServletResponse res, String name, String value, String path, Duration maxAge) {
        res.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(name, value).path(path).maxAge(maxAge)
                .httpOnly(true).secure(secure).sameSite("Lax").build().toString());
    }

    void clear(HttpServletResponse res, String name, String path) {
        set(res, name, "", path, Duration.ZERO);
    }
}

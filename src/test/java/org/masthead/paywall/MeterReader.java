package org.masthead.paywall;

import jakarta.servlet.http.Cookie;
import org.masthead.content.AccessLevel;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.members.Readers;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One browser reading articles through {@link ArticleAccess} without HTTP: it keeps the cookies the answers set
 * (the meter cookie), may be signed in as a member (the identity cookie a real sign-in gave) and says what each
 * view showed.
 */
final class MeterReader {

    private final ArticleAccess access;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    MockHttpServletResponse last;

    MeterReader(ArticleAccess access) {
        this.access = access;
    }

    /** Signs {@code member} in for real (password, over HTTP) and reads with the identity cookie it got. */
    MeterReader signedIn(int port, Member member) {
        cookies.put(Readers.IDENTITY_COOKIE, MemberFixtures.signedIn(port, member).cookie(Readers.IDENTITY_COOKIE)
                .orElseThrow().getValue());
        return this;
    }

    MeterReader cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    MockHttpServletRequest request() {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/world/2026/11/30/story");
        if (!cookies.isEmpty()) {
            req.setCookies(cookies.entrySet().stream().map(e -> new Cookie(e.getKey(), e.getValue())).toArray(Cookie[]::new));
        }
        return req;
    }

    /** A view that is shown: checked, then counted, keeping any cookie the answer set. */
    Access read(long articleId, AccessLevel level) {
        ArticleAccess.Verdict v = access.check(request(), articleId, level);
        last = new MockHttpServletResponse();
        access.count(v, last);
        for (String header : last.getHeaders("Set-Cookie")) {
            String pair = header.substring(0, header.indexOf(';'));
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return v.access();
    }

    /** What the reader would be shown, without showing it (HEAD, a 304, a prefetch): nothing is counted. */
    Access peek(long articleId, AccessLevel level) {
        return access.check(request(), articleId, level).access();
    }
}

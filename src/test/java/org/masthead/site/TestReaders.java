package org.masthead.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tests' stand-in for reader accounts: the cookie {@value #COOKIE} = {@code <member id>:<e-mail>} names the
 * signed-in reader. Test code only, so no production build can be signed in by a cookie anyone can write.
 */
public class TestReaders implements SignedInReader {

    public static final String COOKIE = "MASTHEAD_TEST_READER";

    @Override
    public Optional<Reader> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> c.getName().equals(COOKIE)).findFirst().map(Cookie::getValue)
                .filter(v -> v.matches("[0-9]{1,18}:.+")).map(v -> new Reader(Long.parseLong(v.substring(0, v.indexOf(':'))),
                        v.substring(v.indexOf(':') + 1)));
    }

    public static String value(long memberId, String email) {
        return memberId + ":" + email;
    }
}

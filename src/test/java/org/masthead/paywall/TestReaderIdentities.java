package org.masthead.paywall;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.masthead.site.TestReaders;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tests' stand-in for the members module's identity cookie on article pages: the cookie {@value TestReaders#COOKIE}
 * ({@code <member id>:<e-mail>}, the one {@code site.TestReaders} reads) names the member; a {@value #SESSION}
 * cookie without it makes a returning reader. Test code only: no production build trusts a cookie anyone can write.
 */
public class TestReaderIdentities implements ReaderIdentities {

    public static final String SESSION = "MASTHEAD_READER";

    @Override
    public Optional<Long> member(HttpServletRequest request) {
        return cookie(request, TestReaders.COOKIE).filter(v -> v.matches("[0-9]{1,18}:.*"))
                .map(v -> Long.parseLong(v.substring(0, v.indexOf(':'))));
    }

    @Override
    public boolean returning(HttpServletRequest request) {
        return member(request).isEmpty() && cookie(request, SESSION).isPresent();
    }

    /** The Cookie header value that names {@code memberId} as the signed-in reader. */
    public static String cookie(long memberId) {
        return TestReaders.COOKIE + "=" + TestReaders.value(memberId, "reader" + memberId + "@example.org");
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }
}

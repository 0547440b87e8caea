package org.masthead.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSRF protection for reader actions, whose forms sit on cached pages and so cannot carry a per-reader token.
 * The reader cookies are SameSite=Lax (a cross-site POST does not carry them), and every unsafe request to
 * {@link #PATHS} must come from this site: its {@code Origin} (or, when a browser sends none, its
 * {@code Sec-Fetch-Site}) must be same-origin, else 403 and nothing runs. Same origin is the publication's
 * base URL, or the host the request was addressed to (what the browser saw in its address bar; a forging page
 * cannot choose both). A request with neither header is refused: every browser that sends SameSite cookies
 * sends one of them on a POST. Rejected: a token fetched by script before each post (the forms would not work
 * without JavaScript) and double-submit cookies (a cookie on every reader, which cached pages cannot set).
 * Other POSTs on the site chain keep Spring's token check, so a new reader path that is not listed here fails
 * closed (403) rather than open.
 */
final class ReaderCsrf extends OncePerRequestFilter {

    /** Reader actions; later issues add theirs (comments) here. */
    static final List<String> PATHS = List.of("/account/**", "/saved", "/saved/**", "/subscribe/**",
            "/newsletters/sign-up", "/newsletters/confirm/**", "/newsletters/manage/**");
    static final RequestMatcher MATCHER = matcher(PATHS);
    /**
     * Actions authorised by a signed token in the URL alone, checked by neither origin nor token: RFC 8058's
     * one-click unsubscribe, which a mail provider's server POSTs without cookies, {@code Origin} or form token.
     * A forged request can only do what the link's holder asked for by having the link.
     */
    static final List<String> SIGNED_LINKS = List.of("/newsletters/unsubscribe/*");
    static final RequestMatcher SIGNED = matcher(SIGNED_LINKS);

    private static RequestMatcher matcher(List<String> paths) {
        return new OrRequestMatcher(paths.stream()
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
    }
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String publicationOrigin;

    ReaderCsrf(PublicationProperties publication) {
        this.publicationOrigin = origin(publication.baseUrl());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest req) {
        return SAFE.contains(req.getMethod()) || !MATCHER.matches(req);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(req.getHeader("Origin"), req.getHeader("Sec-Fetch-Site"), req.getHeader("Host"), publicationOrigin)) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "This request came from another site.");
            return;
        }
        chain.doFilter(req, res);
    }

    /**
     * @param origin            the {@code Origin} header, null when absent
     * @param fetchSite         the {@code Sec-Fetch-Site} header, null when absent
     * @param host              the {@code Host} header the request was addressed to
     * @param publicationOrigin {@code scheme://host[:port]} of the base URL
     */
    static boolean sameOrigin(String origin, String fetchSite, String host, String publicationOrigin) {
        if (origin != null) {
            String o = origin.trim().toLowerCase(Locale.ROOT);
            int scheme = o.indexOf("://");
            if (scheme < 0) {
                return false; // "null": a sandboxed frame, a data: URL or a privacy redirect
            }
            return o.equals(publicationOrigin) || (host != null && o.substring(scheme + 3).equals(host.trim().toLowerCase(Locale.ROOT)));
        }
        if (fetchSite != null) {
            String s = fetchSite.trim().toLowerCase(Locale.ROOT);
            return s.equals("same-origin") || s.equals("none"); // "none": the reader's own doing (a bookmark)
        }
        return false;
    }

    /** {@code scheme://host[:port]} of a URL, lower-case, without a default port. */
    static String origin(String url) {
        URI u = URI.create(url);
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean usual = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
    }
}

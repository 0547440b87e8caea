package org.masthead.site;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.PageDependencies;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Serves reader pages from {@link PageCache}, ahead of the security filter chain, and gives every shareable page
 * validators (weak ETag, Last-Modified) and 304 answers.
 *
 * <p>A miss runs the whole chain (security headers included) with the body captured; if the answer is a
 * 200 marked {@code Cache-Control: public} that sets no cookie, it is kept with the headers it was sent with,
 * so a hit replays exactly what a miss sent — CSP, nosniff, frame-ancestors and referrer policy included —
 * without touching the database. Requests that carry credentials or a staff session cookie never see the cache.
 *
 * <p>Article pages are kept per rendering the paywall picks ({@link ReaderParts}): under the URL a marker naming
 * the article, under {@code <url>#<variant>} the rendering. Every request for an article, hit or miss, cached or
 * not, leaves here through {@link PageSender#article}: the reader's verdict picks the rendering, their fragments are
 * spliced in, the headers follow the verdict and the meter moves only for a view actually sent. Reader cookies
 * (identity, session, meter) do not bypass the cache: kept pages carry nothing personal.
 */
final class PageCacheFilter implements Filter {

    static final int MAX_KEY = 512;
    static final int MAX_BODY = 4 * 1024 * 1024;
    private static final List<String> NEVER = List.of("/admin", "/api/admin", "/actuator", "/media/", "/assets/");
    /** Headers that belong to one exchange, or that this filter sets itself. */
    private static final Set<String> OWN = Set.of("set-cookie", "content-length", "transfer-encoding", "date",
            "content-encoding", "etag", "last-modified", "vary", "connection", "keep-alive");

    private final PageCache cache;
    private final ReaderParts readers;
    private final Set<String> privateCookies;
    private final Clock clock;

    PageCacheFilter(PageCache cache, ReaderParts readers, List<String> privateCookies, Clock clock) {
        this.cache = cache;
        this.readers = readers;
        this.privateCookies = Set.copyOf(privateCookies);
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        boolean head = "HEAD".equals(req.getMethod());
        if (!(head || "GET".equals(req.getMethod())) || never(req.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        String query = req.getQueryString();
        String key = query == null ? req.getRequestURI() : req.getRequestURI() + "?" + query;
        boolean keep = cache.enabled() && key.length() <= MAX_KEY && withoutCredentials(req);
        CachedPage found = keep ? cache.peek(key) : null;
        ReaderParts.Personal reader = null;
        if (found != null && found.gate != null) { // an article: this reader's rendering of it
            reader = readers.personal(req, found.gate, req.getRequestURI());
            found = cache.peek(key + "#" + reader.variant());
        }
        if (keep) {
            cache.counted(found != null);
        }
        if (found != null && reader != null) {
            PageSender.article(found, reader, readers, req, res, head);
            return;
        }
        if (found != null) {
            PageSender.page(found, req, res, head);
            return;
        }
        render(key, keep && !head, req, res, chain, head); // HEAD renders no body to keep
    }

    /** What a miss produced to send (and keep): a page, with the article marker and the reader's part for an article. */
    private record Answer(CachedPage page, CachedPage marker, ReaderParts.Personal reader) { }

    private void render(String key, boolean keep, HttpServletRequest req, HttpServletResponse res, FilterChain chain,
                        boolean head) throws IOException, ServletException {
        long epoch = cache.epoch();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(res);
        Answer answer;
        try (PageDependencies.Recording deps = PageDependencies.open()) {
            chain.doFilter(req, capture);
            if (capture.getStatus() >= 500) {
                capture.setHeader("Cache-Control", "no-store"); // never let a CDN keep an outage
            }
            answer = answer(key, keep, req, res, capture, deps);
        }
        if (answer == null) {
            capture.copyBodyToResponse();
            return;
        }
        if (keep) {
            if (answer.marker() != null) {
                cache.put(answer.marker(), epoch);
            }
            cache.put(answer.page(), epoch);
        }
        res.reset(); // answer exactly as a hit would
        if (answer.reader() != null) {
            PageSender.article(answer.page(), answer.reader(), readers, req, res, head);
        } else {
            PageSender.page(answer.page(), req, res, false);
        }
    }

    /** An article rendering, or a shareable page, from what the chain answered; null to send it as it was. */
    private Answer answer(String key, boolean keep, HttpServletRequest req, HttpServletResponse res,
                          ContentCachingResponseWrapper capture, PageDependencies.Recording deps) {
        ReaderParts.Rendered article = ReaderParts.rendered(req);
        if (article != null && complete(capture, res)) {
            ReaderParts.Personal reader = readers.personal(req, article.gate(), article.path());
            CachedPage page = CachedPage.rendering(keep ? key + "#" + reader.variant() : null, article.gate(),
                    headers(capture), capture.getContentAsByteArray(), lastModified(capture), deps);
            return page == null ? null
                    : new Answer(page, keep ? CachedPage.marker(key, article.gate(), deps) : null, reader);
        }
        if (article == null && shareable(capture, res)) {
            List<CachedPage.Header> headers = headers(capture);
            byte[] body = capture.getContentAsByteArray();
            long modified = lastModified(capture);
            return new Answer(keep ? CachedPage.kept(key, headers, body, modified, deps)
                    : CachedPage.passing(headers, body, modified), null, null);
        }
        return null;
    }

    private static boolean never(String uri) {
        for (String prefix : NEVER) {
            if (uri.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** No Authorization header and no staff or servlet session cookie: the answer may come from the cache. */
    private boolean withoutCredentials(HttpServletRequest req) {
        if (req.getHeader("Authorization") != null) {
            return false;
        }
        if (req.getHeader("Cookie") != null && req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (privateCookies.contains(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A whole 200 that set no cookie and fits: an article rendering may be kept and spliced. */
    private static boolean complete(ContentCachingResponseWrapper capture, HttpServletResponse res) {
        return capture.getStatus() == 200 && !res.isCommitted() && capture.getHeaders("Set-Cookie").isEmpty()
                && capture.getContentSize() > 0 && capture.getContentSize() <= MAX_BODY;
    }

    private static boolean shareable(ContentCachingResponseWrapper capture, HttpServletResponse res) {
        String cacheControl = capture.getHeader("Cache-Control");
        return complete(capture, res) && cacheControl != null && cacheControl.contains("public");
    }

    /** The headers to replay, each name once and as it was first spelled (Content-Type from the response). */
    private static List<CachedPage.Header> headers(ContentCachingResponseWrapper capture) {
        List<CachedPage.Header> out = new ArrayList<>();
        if (capture.getContentType() != null) {
            out.add(new CachedPage.Header("Content-Type", capture.getContentType()));
        }
        Set<String> seen = new HashSet<>(OWN);
        seen.add("content-type");
        for (String name : capture.getHeaderNames()) {
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                capture.getHeaders(name).forEach(v -> out.add(new CachedPage.Header(name, v)));
            }
        }
        return List.copyOf(out);
    }

    /** The Last-Modified a handler set (feeds: the newest item), else the time of rendering. */
    private long lastModified(ContentCachingResponseWrapper capture) {
        String set = capture.getHeader("Last-Modified");
        if (set != null) {
            try {
                return ZonedDateTime.parse(set, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant().toEpochMilli();
            } catch (DateTimeParseException ignored) {
                // fall through to the time of rendering
            }
        }
        return clock.millis();
    }

}

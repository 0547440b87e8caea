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
 * Serves anonymous readers from {@link PageCache}, ahead of the security filter chain, and gives every
 * shareable page validators (weak ETag, Last-Modified) and 304 answers.
 *
 * <p>A miss runs the whole chain (security headers included) with the body captured; if the answer is a
 * 200 marked {@code Cache-Control: public} that sets no cookie, it is kept with the headers it was sent with,
 * so a hit replays exactly what a miss sent — CSP, nosniff, frame-ancestors and referrer policy included —
 * without touching the database. Requests that carry credentials or a session cookie never see the cache.
 */
final class PageCacheFilter implements Filter {

    static final int MAX_KEY = 512;
    static final int MAX_BODY = 4 * 1024 * 1024;
    private static final List<String> NEVER = List.of("/admin", "/api/admin", "/actuator", "/media/", "/assets/");
    /** Headers that belong to one exchange, or that this filter sets itself. */
    private static final Set<String> OWN = Set.of("set-cookie", "content-length", "transfer-encoding", "date",
            "content-encoding", "etag", "last-modified", "vary", "connection", "keep-alive");

    private final PageCache cache;
    private final Set<String> privateCookies;
    private final Clock clock;

    PageCacheFilter(PageCache cache, List<String> privateCookies, Clock clock) {
        this.cache = cache;
        this.privateCookies = Set.copyOf(privateCookies);
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        boolean head = "HEAD".equals(req.getMethod());
        if (!(head || "GET".equals(req.getMethod())) || !anonymousReader(req)) {
            chain.doFilter(req, res);
            return;
        }
        String query = req.getQueryString();
        String key = query == null ? req.getRequestURI() : req.getRequestURI() + "?" + query;
        boolean keep = cache.enabled() && key.length() <= MAX_KEY;
        CachedPage hit = keep ? cache.get(key) : null;
        if (hit != null) {
            send(hit, req, res, head);
        } else if (head) {
            chain.doFilter(req, res); // HEAD renders no body to keep
        } else {
            render(key, keep, req, res, chain);
        }
    }

    private void render(String key, boolean keep, HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long epoch = cache.epoch();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(res);
        CachedPage page = null;
        try (PageDependencies.Recording deps = PageDependencies.open()) {
            chain.doFilter(req, capture);
            if (capture.getStatus() >= 500) {
                capture.setHeader("Cache-Control", "no-store"); // never let a CDN keep an outage
            }
            if (shareable(capture, res)) {
                List<CachedPage.Header> headers = headers(capture);
                byte[] body = capture.getContentAsByteArray();
                long modified = lastModified(capture);
                page = keep ? CachedPage.kept(key, headers, body, modified, deps)
                        : CachedPage.passing(headers, body, modified);
            }
        }
        if (page == null) {
            capture.copyBodyToResponse();
            return;
        }
        if (keep) {
            cache.put(page, epoch);
        }
        res.reset(); // answer exactly as a hit would
        send(page, req, res, false);
    }

    private boolean anonymousReader(HttpServletRequest req) {
        if (req.getHeader("Authorization") != null) {
            return false;
        }
        String uri = req.getRequestURI();
        for (String prefix : NEVER) {
            if (uri.startsWith(prefix)) {
                return false;
            }
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

    private static boolean shareable(ContentCachingResponseWrapper capture, HttpServletResponse res) {
        String cacheControl = capture.getHeader("Cache-Control");
        return capture.getStatus() == 200 && !res.isCommitted()
                && cacheControl != null && cacheControl.contains("public")
                && capture.getHeaders("Set-Cookie").isEmpty()
                && capture.getContentSize() > 0 && capture.getContentSize() <= MAX_BODY;
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

    private static void send(CachedPage page, HttpServletRequest req, HttpServletResponse res, boolean head)
            throws IOException {
        for (CachedPage.Header h : page.headers) {
            res.addHeader(h.name(), h.value());
        }
        res.setHeader("ETag", page.etag);
        res.setHeader("Last-Modified", page.lastModifiedHttp);
        res.setHeader("Vary", "Accept-Encoding");
        if (Conditional.notModified(req, page.etag, page.lastModified)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = page.body;
        if (page.gzipped != null && Conditional.acceptsGzip(req.getHeader("Accept-Encoding"))) {
            body = page.gzipped;
            res.setHeader("Content-Encoding", "gzip");
        }
        res.setContentLength(body.length);
        if (res.getBufferSize() < body.length) {
            res.setBufferSize(body.length); // headers and body leave in one write
        }
        if (!head) {
            res.getOutputStream().write(body);
        }
    }
}

package org.masthead.site;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.masthead.platform.PageDependencies;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter on its own: a hit never reaches the application (so never the database). */
class PageCacheFilterTests {

    private final AtomicInteger renders = new AtomicInteger();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private PageCacheFilter filter(boolean cacheOn) {
        SiteProperties props = new SiteProperties(20, 6, true, cacheOn, DataSize.ofMegabytes(1), Duration.ofSeconds(60),
                Duration.ofSeconds(120), Duration.ofMinutes(10), List.of("SESSION"), 1000);
        return new PageCacheFilter(new PageCache(props, null, new SimpleMeterRegistry(), clock), null, props.privateCookies(), clock); // no article pages here
    }

    /** Stands in for the application behind the filter: security headers, a public page, a read noted. */
    private FilterChain app(String cacheControl) {
        return (req, res) -> {
            renders.incrementAndGet();
            HttpServletResponse r = (HttpServletResponse) res;
            r.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
            r.setHeader("X-Content-Type-Options", "nosniff");
            if (cacheControl != null) {
                r.setHeader("Cache-Control", cacheControl);
            }
            r.setContentType("text/html;charset=UTF-8");
            PageDependencies.shows("article", 7);
            r.getOutputStream().write(("<p>" + "story ".repeat(400) + "</p>").getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse get(PageCacheFilter f, FilterChain chain, String... headers) throws Exception {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/world/2026/11/29/story");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i].equals("Cookie")) {
                req.setCookies(new Cookie(headers[i + 1].split("=")[0], headers[i + 1].split("=")[1]));
            }
            req.addHeader(headers[i], headers[i + 1]);
        }
        MockHttpServletResponse res = new MockHttpServletResponse();
        f.doFilter(req, res, chain);
        return res;
    }

    @Test
    void aHitReplaysTheFirstAnswerWithoutRunningTheApplication() throws Exception {
        PageCacheFilter f = filter(true);
        MockHttpServletResponse first = get(f, app("public, max-age=60"));
        MockHttpServletResponse second = get(f, app("public, max-age=60"));

        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'; frame-ancestors 'none'");
        assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(second.getHeader("ETag")).startsWith("W/\"").isEqualTo(first.getHeader("ETag"));
        assertThat(second.getHeader("Last-Modified")).isEqualTo("Sun, 29 Nov 2026 10:00:00 GMT");
    }

    @Test
    void pagesNotMarkedPublicAreRenderedEveryTime() throws Exception {
        PageCacheFilter f = filter(true);
        get(f, app(null));
        get(f, app("private, no-store"));
        assertThat(renders).hasValue(2);
    }

    @Test
    void aSessionCookieBypassesTheCache() throws Exception {
        PageCacheFilter f = filter(true);
        get(f, app("public"));
        get(f, app("public"), "Cookie", "SESSION=1");
        assertThat(renders).hasValue(2);
    }

    @Test
    void withTheCacheOffEveryRequestRendersButValidatorsStillWork() throws Exception {
        PageCacheFilter f = filter(false);
        MockHttpServletResponse first = get(f, app("public"));
        MockHttpServletResponse again = get(f, app("public"), "If-None-Match", first.getHeader("ETag"));
        assertThat(renders).hasValue(2);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void gzipIsServedOnlyToClientsThatTakeIt() {
        assertThat(Conditional.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(Conditional.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(Conditional.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Conditional.acceptsGzip("identity")).isFalse();
        assertThat(Conditional.acceptsGzip("*;q=0.1")).isTrue();
        assertThat(Conditional.acceptsGzip("*, gzip;q=0")).isFalse();
        assertThat(Conditional.acceptsGzip(null)).isFalse();
    }

    @Test
    void entityTagsCompareWeakly() {
        assertThat(Conditional.etagMatches("W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(Conditional.etagMatches("\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(Conditional.etagMatches("\"x\", W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(Conditional.etagMatches("*", "W/\"abc\"")).isTrue();
        assertThat(Conditional.etagMatches("W/\"abd\"", "W/\"abc\"")).isFalse();
    }
}

package org.masthead.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.PublicationProperties;

import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code POST /stats/view/{articleId}}: one view of an article page, sent by {@code site.js} once the page is
 * shown (never while prerendered). Counting from the page rather than when the server renders it is what
 * makes pages answered from the page cache, or from a CDN Masthead never hears of, count at all — and
 * counting in both places would count twice.
 *
 * <p>A servlet filter answering before the security chain and Spring MVC, not a controller: every page view
 * sends one, so this path carries as many requests as all reader pages together, and must cost about what a
 * cached page costs. Anonymous, no CSRF (all it can do is add one to a counter), reads no body, no cookie and
 * no parameter, creates no session, sets no cookie, answers {@code no-store}; whether the id is a published
 * article is settled at the flush, not here.
 *
 * <p>No {@code <noscript>} image as a fallback: readers without scripts are few and mostly robots, and a
 * counting GET is fetched by link previewers, mail image proxies and prefetchers that no header betrays.
 */
class ViewBeacon implements Filter {

    static final String PATH = "/stats/view/";

    private final ViewCounter counter;
    private final String publicationHost;
    private final Map<BeaconRule.Verdict, Counter> beacons = new EnumMap<>(BeaconRule.Verdict.class);

    ViewBeacon(ViewCounter counter, PublicationProperties publication, MeterRegistry meters) {
        this.counter = counter;
        this.publicationHost = URI.create(publication.baseUrl()).getRawAuthority();
        for (BeaconRule.Verdict v : BeaconRule.Verdict.values()) {
            beacons.put(v, Counter.builder("masthead.stats.beacons").tag("result", v.result)
                    .description("Page-view beacons: counted, dropped as from a bot, or rejected").register(meters));
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String uri = req.getRequestURI();
        if (!uri.startsWith(PATH)) {
            chain.doFilter(req, res);
            return;
        }
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Content-Type-Options", "nosniff");
        if (!"POST".equals(req.getMethod())) {
            res.setHeader("Allow", "POST");
            res.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String articleId = uri.substring(PATH.length());
        BeaconRule.Verdict verdict = BeaconRule.judge(articleId, req::getHeader, publicationHost);
        if (verdict == BeaconRule.Verdict.COUNTED && !counter.count(BeaconRule.articleId(articleId))) {
            verdict = BeaconRule.Verdict.FULL;
        }
        beacons.get(verdict).increment();
        res.setStatus(verdict.status);
    }
}

package org.masthead.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Publication;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code POST /stats/view/{articleId}}: one view of an article page, sent by {@code site.js} once the page is
 * shown (never while prerendered). Counting from the page rather than when the server renders it is what
 * makes pages answered from the page cache, or from a CDN Masthead never hears of, count at all — and
 * counting in both places would count twice.
 *
 * <p>Anonymous and exempt from CSRF (all it can do is add one to a counter); reads no body, no cookie and no
 * parameter, creates no session, sets no cookie, and answers {@code no-store} after a map update: whether the
 * id is a published article is settled at the flush, not here.
 *
 * <p>No {@code <noscript>} image as a fallback: readers without scripts are few and mostly robots, and a
 * counting GET is fetched by link previewers, mail image proxies and prefetchers that no header betrays.
 */
@Controller
class ViewBeacon {

    static final String PATH = "/stats/view/";

    private final ViewCounter counter;
    private final String publicationHost;
    private final Map<BeaconRule.Verdict, Counter> beacons = new EnumMap<>(BeaconRule.Verdict.class);

    ViewBeacon(ViewCounter counter, Publication publication, MeterRegistry meters) {
        this.counter = counter;
        this.publicationHost = URI.create(publication.baseUrl()).getRawAuthority();
        for (BeaconRule.Verdict v : BeaconRule.Verdict.values()) {
            beacons.put(v, Counter.builder("masthead.stats.beacons").tag("result", v.result)
                    .description("Page-view beacons: counted, dropped as from a bot, or rejected").register(meters));
        }
    }

    @PostMapping(PATH + "{articleId}")
    ResponseEntity<Void> view(@PathVariable String articleId, HttpServletRequest req) {
        BeaconRule.Verdict verdict = BeaconRule.judge(articleId, req::getHeader, publicationHost);
        if (verdict == BeaconRule.Verdict.COUNTED && !counter.count(BeaconRule.articleId(articleId))) {
            verdict = BeaconRule.Verdict.FULL;
        }
        beacons.get(verdict).increment();
        return ResponseEntity.status(verdict.status).cacheControl(CacheControl.noStore()).build();
    }
}

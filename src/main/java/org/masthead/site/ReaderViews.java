package org.masthead.site;

import jakarta.servlet.http.HttpServletResponse;
import org.masthead.site.Views.Chrome;
import org.masthead.site.Views.Meta;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/** What every reader account page shares: the site's chrome, a title, and headers that keep it out of indexes. */
@Component
class ReaderViews {

    private final ViewParts parts;

    ReaderViews(ViewParts parts) {
        this.parts = parts;
    }

    Chrome chrome() {
        return parts.chrome();
    }

    Meta meta(String title) {
        return new Meta(title + " | " + parts.publication().name(), null, null, "website", null, null, null, List.of(),
                null, null, null, null, null, List.of());
    }

    Views.Shown shown(java.time.Instant at) {
        return parts.shown(at);
    }

    /** Account pages are personal: never indexed (the no-store Cache-Control comes from the security headers). */
    static void personal(HttpServletResponse res) {
        res.setHeader("X-Robots-Tag", "noindex");
    }

    /** 429 with how long to wait, in the words a reader reads and the header a client reads. */
    static String throttled(Duration wait, HttpServletResponse res) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        res.setStatus(429);
        res.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
        return "Too many attempts. Wait " + minutes + " minutes, then try again.";
    }
}

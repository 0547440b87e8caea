package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request is a browser's speculative load (prefetch, prerender, preview) rather than a reader's visit:
 * it carries {@code Sec-Purpose} (speculation rules, {@code <link rel=prefetch>}), the older {@code Purpose} or
 * {@code X-Purpose}, or Firefox's {@code X-Moz} — the headers the view beacon ignores too.
 */
final class Prefetch {

    private Prefetch() {
    }

    static boolean is(HttpServletRequest req) {
        return req.getHeader("Sec-Purpose") != null || req.getHeader("Purpose") != null
                || req.getHeader("X-Purpose") != null || req.getHeader("X-Moz") != null;
    }
}

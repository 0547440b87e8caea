package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The request side of HTTP caching (RFC 9110 §13, §12.5.3): conditional requests and accepted encodings. */
final class Conditional {

    private Conditional() {
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 §13.2.2 orders them. */
    static boolean notModified(HttpServletRequest req, String etag, long lastModified) {
        String match = req.getHeader("If-None-Match");
        if (match != null) {
            return etagMatches(match, etag);
        }
        try {
            long since = req.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified <= since;
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    /** Weak comparison (RFC 9110 §8.8.3.2), as If-None-Match requires. */
    static boolean etagMatches(String header, String etag) {
        String ours = opaque(etag);
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** True when the client takes gzip: named without {@code q=0}, or covered by {@code *} without it. */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        Boolean star = null;
        for (String part : header.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return !refused; // an explicit word on gzip beats the wildcard
            }
            if (coding.equals("*")) {
                star = !refused;
            }
        }
        return Boolean.TRUE.equals(star);
    }
}

package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes what the page cache answers: a kept page as it was first sent, or an article rendering with this reader's
 * part spliced in, with the headers the reader's verdict allows. Headers and body leave in one socket write.
 */
final class PageSender {

    /** Headers an article rendering was made with that the reader's verdict decides instead. */
    private static final Set<String> DECIDED = Set.of("cache-control", "vary", "last-modified", "expires");

    private PageSender() {
    }

    static void page(CachedPage page, HttpServletRequest req, HttpServletResponse res, boolean head) throws IOException {
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
        boolean gzip = page.gzipped != null && Conditional.acceptsGzip(req.getHeader("Accept-Encoding"));
        write(res, List.of(ByteBuffer.wrap(gzip ? page.gzipped : page.body)), gzip, head);
    }

    /**
     * An article rendering for one reader. The meter moves only for a view that is sent: never for HEAD or a 304,
     * and a prefetch or prerender that would move it is refused (a non-2xx answer the browser discards, fetching
     * again when the reader really goes there). Last-Modified only on answers every anonymous reader shares: the
     * others carry a count that changes while the rendering does not, so only the entity tag, which names the exact
     * bytes, may answer their revalidation.
     */
    static void article(CachedPage page, ReaderParts.Personal reader, ReaderParts parts, HttpServletRequest req,
                        HttpServletResponse res, boolean head) throws IOException {
        if (reader.counts() && Prefetch.is(req)) {
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            res.setHeader("Cache-Control", "no-store");
            res.setContentLength(0);
            return;
        }
        for (CachedPage.Header h : page.headers) {
            if (!DECIDED.contains(h.name().toLowerCase(Locale.ROOT))) {
                res.addHeader(h.name(), h.value());
            }
        }
        String etag = Splice.etag(page.etag, reader.fragments());
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", reader.cacheControl());
        res.setHeader("Vary", ReaderParts.VARY);
        if (reader.shared()) {
            res.setHeader("Last-Modified", page.lastModifiedHttp);
        }
        if (reader.shared() ? Conditional.notModified(req, etag, page.lastModified) : tagMatches(req, etag)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!head) {
            parts.count(reader, res);
        }
        boolean gzip = page.deflated != null && Conditional.acceptsGzip(req.getHeader("Accept-Encoding"));
        write(res, gzip ? Splice.gzip(page.cut, page.deflated, reader.fragments())
                : Splice.plain(page.cut, reader.fragments()), gzip, head);
    }

    private static boolean tagMatches(HttpServletRequest req, String etag) {
        String match = req.getHeader("If-None-Match");
        return match != null && Conditional.etagMatches(match, etag);
    }

    private static void write(HttpServletResponse res, List<ByteBuffer> chunks, boolean gzip, boolean head) throws IOException {
        if (gzip) {
            res.setHeader("Content-Encoding", "gzip");
        }
        int length = Splice.length(chunks);
        res.setContentLength(length);
        if (res.getBufferSize() < length) {
            res.setBufferSize(length); // headers and body leave in one write
        }
        if (!head) {
            OutputStream out = res.getOutputStream();
            for (ByteBuffer c : chunks) {
                out.write(c.array(), c.arrayOffset() + c.position(), c.remaining());
            }
        }
    }
}

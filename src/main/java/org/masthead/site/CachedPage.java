package org.masthead.site;

import org.masthead.platform.PageDependencies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered response as the page cache keeps it: the headers it was sent with (security headers included),
 * the body plain and gzipped, its validators, and what it was made from. Identity equality on purpose: the
 * cache's indexes hold instances, so removing one never disturbs a newer rendering of the same URL.
 *
 * <p>An article page is kept as several entries: a marker under its URL naming the article ({@code gate}: no
 * body), and one entry per rendering the paywall picks ({@code <url>#full}, {@code <url>#sign-up}, …), whose body
 * is kept cut at the reader slots ({@code cut}, and {@code deflated} part by part: see {@link Splice}).
 */
final class CachedPage {

    static final int MIN_GZIP = 1024;

    record Header(String name, String value) { }

    final String key;
    final List<Header> headers;
    final byte[] body;
    final byte[] gzipped;
    final String etag;
    final long lastModified;
    final String lastModifiedHttp;
    final Set<String> shown;
    final Map<String, PageDependencies.Window> listings;
    final Instant validUntil;
    final ReaderParts.Gate gate;
    final Splice.Cut cut;
    final byte[][] deflated;

    private CachedPage(String key, List<Header> headers, byte[] body, String etag, byte[] gzipped, long lastModified,
                       Set<String> shown, Map<String, PageDependencies.Window> listings, Instant validUntil,
                       ReaderParts.Gate gate, Splice.Cut cut, byte[][] deflated) {
        this.key = key;
        this.headers = headers;
        this.body = body;
        this.gzipped = gzipped;
        this.etag = etag;
        this.lastModified = lastModified / 1000 * 1000;
        this.lastModifiedHttp = httpDate(this.lastModified);
        this.shown = shown;
        this.listings = listings;
        this.validUntil = validUntil;
        this.gate = gate;
        this.cut = cut;
        this.deflated = deflated;
    }

    /** A page to keep: compressed once here, so no hit ever compresses. */
    static CachedPage kept(String key, List<Header> headers, byte[] body, long lastModified,
                           PageDependencies.Recording deps) {
        return new CachedPage(key, headers, body, etag(body), gzip(body), lastModified, Set.copyOf(deps.shown()),
                Map.copyOf(deps.listings()), deps.validUntil(), null, null, null);
    }

    /** A page answered once (the cache is off): validators only, compression left to the server. */
    static CachedPage passing(List<Header> headers, byte[] body, long lastModified) {
        return new CachedPage(null, headers, body, etag(body), null, lastModified, Set.of(), Map.of(), null, null, null, null);
    }

    /** The entry under an article's URL: which article it is, dropped with the renderings when the article changes. */
    static CachedPage marker(String key, ReaderParts.Gate gate, PageDependencies.Recording deps) {
        return new CachedPage(key, List.of(), new byte[0], "", null, 0, Set.copyOf(deps.shown()), Map.copyOf(deps.listings()),
                deps.validUntil(), gate, null, null);
    }

    /**
     * One rendering of an article page, cut at its reader slots and (when kept) deflated part by part; null when
     * the body lacks the slots, so it is never sent without its reader part.
     */
    static CachedPage rendering(String key, ReaderParts.Gate gate, List<Header> headers, byte[] body, long lastModified,
                                PageDependencies.Recording deps) {
        Splice.Cut cut = Splice.cut(body);
        if (cut == null) {
            return null;
        }
        byte[] none = new byte[0]; // the cut holds the body; a rendering is never sent whole
        return key == null
                ? new CachedPage(null, headers, none, etag(body), null, lastModified, Set.of(), Map.of(), null, gate, cut, null)
                : new CachedPage(key, headers, none, etag(body), null, lastModified, Set.copyOf(deps.shown()),
                Map.copyOf(deps.listings()), deps.validUntil(), gate, cut, Splice.deflate(cut));
    }

    /** Bytes this entry holds, for the cache's memory bound. */
    int weight() {
        int h = 0;
        for (Header x : headers) {
            h += x.name().length() + x.value().length() + 32;
        }
        int kept = cut == null ? 0 : cut.body().length;
        for (int i = 0; deflated != null && i < deflated.length; i++) {
            kept += deflated[i].length + 16;
        }
        return body.length + (gzipped == null ? 0 : gzipped.length) + kept + h + 256;
    }

    /**
     * A weak validator: the representations differ by encoding but carry the same content. Two CRCs and the
     * length rather than a cryptographic hash, since the uncached path computes it on every request.
     */
    static String etag(byte[] body) {
        CRC32C a = new CRC32C();
        a.update(body);
        CRC32 b = new CRC32();
        b.update(body);
        return "W/\"" + Long.toHexString(a.getValue()) + Long.toHexString(b.getValue())
                + Integer.toHexString(body.length) + "\"";
    }

    static String httpDate(long epochMillis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
    }

    private static byte[] gzip(byte[] body) {
        if (body.length < MIN_GZIP) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION); // paid once per rendering, saved on every hit
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size() < body.length ? out.toByteArray() : null;
    }
}

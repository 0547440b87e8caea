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

    private CachedPage(String key, List<Header> headers, byte[] body, byte[] gzipped, long lastModified,
                       Set<String> shown, Map<String, PageDependencies.Window> listings, Instant validUntil) {
        this.key = key;
        this.headers = headers;
        this.body = body;
        this.gzipped = gzipped;
        this.etag = etag(body);
        this.lastModified = lastModified / 1000 * 1000;
        this.lastModifiedHttp = httpDate(this.lastModified);
        this.shown = shown;
        this.listings = listings;
        this.validUntil = validUntil;
    }

    /** A page to keep: compressed once here, so no hit ever compresses. */
    static CachedPage kept(String key, List<Header> headers, byte[] body, long lastModified,
                           PageDependencies.Recording deps) {
        return new CachedPage(key, headers, body, gzip(body), lastModified, Set.copyOf(deps.shown()),
                Map.copyOf(deps.listings()), deps.validUntil());
    }

    /** A page answered once (the cache is off): validators only, compression left to the server. */
    static CachedPage passing(List<Header> headers, byte[] body, long lastModified) {
        return new CachedPage(null, headers, body, null, lastModified, Set.of(), Map.of(), null);
    }

    /** Bytes this entry holds, for the cache's memory bound. */
    int weight() {
        int h = 0;
        for (Header x : headers) {
            h += x.name().length() + x.value().length() + 32;
        }
        return body.length + (gzipped == null ? 0 : gzipped.length) + h + 256;
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

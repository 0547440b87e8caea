package org.masthead.site;

import org.masthead.Http;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test server read as a crawler or feed reader reads the site: it follows the absolute URLs that feeds
 * and sitemaps name (under the test publication's base URL), and checks they answer.
 */
final class Crawl {

    static final String BASE = "https://news.example.org";

    private final Http http;

    Crawl(int port) {
        this.http = new Http(port);
    }

    /** GET of an absolute URL under {@link #BASE}, or of a path. */
    HttpResponse<String> get(String urlOrPath) {
        return http.get(path(urlOrPath));
    }

    /** Like {@link #get}, and it must answer 200. */
    HttpResponse<String> ok(String urlOrPath) {
        HttpResponse<String> r = get(urlOrPath);
        assertThat(r.statusCode()).as("GET " + urlOrPath).isEqualTo(200);
        return r;
    }

    HttpResponse<byte[]> bytes(String urlOrPath) {
        return http.getBytes(path(urlOrPath));
    }

    Http http() {
        return http;
    }

    /** The path of a URL the site wrote; it must be absolute and under the configured base URL. */
    static String path(String urlOrPath) {
        if (urlOrPath.startsWith("/")) {
            return urlOrPath;
        }
        assertThat(urlOrPath).startsWith(BASE + "/");
        return urlOrPath.substring(BASE.length());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    /** An HTTP or RSS date (RFC 1123, the four-digit-year form of RFC 822). */
    static Instant rfc1123(String date) {
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}

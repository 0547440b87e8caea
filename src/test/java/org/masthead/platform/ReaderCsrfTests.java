package org.masthead.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which reader posts count as this site's own: the whole rule as a table. */
class ReaderCsrfTests {

    private static final String SITE = "https://news.example.org";

    @ParameterizedTest(name = "Origin={0} Sec-Fetch-Site={1} Host={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "https://news.example.org,     -,           news.example.org, true",
            "https://NEWS.example.org,     -,           news.example.org, true",
            "http://127.0.0.1:8105,        -,           127.0.0.1:8105,   true",  // the host the browser addressed
            "https://evil.example.com,     -,           news.example.org, false",
            "https://news.example.org.evil.com, -,      news.example.org, false",
            "http://news.example.org,      -,           other.example,    false", // another scheme is another origin
            "null,                         -,           news.example.org, false", // sandboxed frames, data: URLs
            "https://evil.example.com,     same-origin, news.example.org, false", // Origin wins over Fetch Metadata
            "-,                            same-origin, news.example.org, true",
            "-,                            none,        news.example.org, true",  // typed or bookmarked
            "-,                            same-site,   news.example.org, false", // a sibling subdomain is not us
            "-,                            cross-site,  news.example.org, false",
            "-,                            -,           news.example.org, false", // a browser always sends one of them
    })
    void acceptsOnlyPostsFromThisSite(String origin, String fetchSite, String host, boolean allowed) {
        assertThat(ReaderCsrf.sameOrigin(origin, fetchSite, host, SITE)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://news.example.org,          https://news.example.org",
            "https://news.example.org:443/,     https://news.example.org",
            "http://localhost:8080,             http://localhost:8080",
            "HTTPS://News.Example.org/path,     https://news.example.org"})
    void originOfTheBaseUrlDropsDefaultPortsAndPaths(String url, String origin) {
        assertThat(ReaderCsrf.origin(url)).isEqualTo(origin);
    }
}

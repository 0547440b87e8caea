package org.masthead.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.stats.BeaconRule.Verdict;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Which beacons count: user agents, speculative loads, cross-site posts and ids, as a matrix. */
class BeaconRuleTests {

    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    private static final String HOST = "news.example.org";

    @ParameterizedTest
    @ValueSource(strings = {
            CHROME,
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
            "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36"})
    void countsReadersBrowsers(String agent) {
        assertThat(judge("42", Map.of("User-Agent", agent, "Sec-Fetch-Site", "same-origin"))).isEqualTo(Verdict.COUNTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0 Safari/537.36",
            "Mozilla/5.0 (compatible; YandexBot/3.0)",
            "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
            "Sogou web spider/4.0",
            "CCBot/2.0 (https://commoncrawl.org/faq/)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "WhatsApp/2.23.20.0",
            "Mozilla/5.0 (Macintosh) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Mobile Safari/537.36 Chrome-Lighthouse",
            "Mozilla/5.0 (compatible; Pingdom.com_bot_version_1.4)",
            "UptimeRobot/2.0",
            "curl/8.5.0", "Wget/1.21.3", "python-requests/2.32.3", "Java/17.0.15", "okhttp/4.12.0",
            "Go-http-client/2.0", "node-fetch/1.0", "axios/1.7.2", "Apache-HttpClient/5.3", "Scrapy/2.11"})
    void dropsCrawlersPreviewersMonitorsHeadlessBrowsersAndLibraries(String agent) {
        assertThat(judge("42", Map.of("User-Agent", agent))).isEqualTo(Verdict.BOT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void dropsBeaconsWithoutAUserAgent(String agent) {
        Map<String, String> h = new HashMap<>();
        h.put("User-Agent", agent);
        assertThat(judge("42", h)).isEqualTo(Verdict.BOT);
    }

    @ParameterizedTest
    @CsvSource({"Sec-Purpose, prefetch", "Sec-Purpose, prefetch;prerender", "Purpose, prefetch",
            "X-Purpose, preview", "X-Moz, prefetch"})
    void dropsSpeculativeLoads(String header, String value) {
        assertThat(judge("42", Map.of("User-Agent", CHROME, header, value))).isEqualTo(Verdict.BOT);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // Sec-Fetch-Site, Origin,                       Host,                  verdict
            "same-origin,      https://news.example.org,     news.example.org,      COUNTED",
            "same-site,        https://www.example.org,      news.example.org,      COUNTED",
            "none,             -,                            news.example.org,      COUNTED",
            "cross-site,       https://evil.example.net,     news.example.org,      CROSS_SITE",
            "cross-site,       -,                            news.example.org,      CROSS_SITE",
            "-,                -,                            news.example.org,      COUNTED",
            "-,                https://news.example.org,     127.0.0.1:8080,        COUNTED",
            "-,                http://127.0.0.1:8080,        127.0.0.1:8080,        COUNTED",
            "-,                https://evil.example.net,     news.example.org,      CROSS_SITE",
            "-,                null,                         news.example.org,      CROSS_SITE",
            "-,                https://news.example.org.evil.net, news.example.org, CROSS_SITE"})
    void refusesPostsFromOtherSites(String fetchSite, String origin, String host, Verdict expected) {
        Map<String, String> h = new HashMap<>(Map.of("User-Agent", CHROME, "Host", host));
        if (fetchSite != null) {
            h.put("Sec-Fetch-Site", fetchSite);
        }
        if (origin != null) {
            h.put("Origin", origin);
        }
        assertThat(judge("42", h)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-1", "abc", "4x2", " 42", "1e3", "0x2a", "1234567890123456789", "42;drop"})
    void refusesIdsThatAreNotPositiveNumbers(String id) {
        assertThat(judge(id, Map.of("User-Agent", CHROME))).isEqualTo(Verdict.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "000042", "999999999999999999"})
    void acceptsAnyPositiveIdUpToEighteenDigits(String id) {
        assertThat(judge(id, Map.of("User-Agent", CHROME))).isEqualTo(Verdict.COUNTED);
        assertThat(BeaconRule.articleId(id)).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"COUNTED, counted, 204", "BOT, bot, 204", "CROSS_SITE, rejected, 403", "MALFORMED, rejected, 400",
            "FULL, rejected, 503"})
    void eachVerdictHasItsMetricAndAnswer(Verdict verdict, String result, int status) {
        assertThat(verdict.result).isEqualTo(result);
        assertThat(verdict.status).isEqualTo(status);
    }

    /** Headers are looked up case-insensitively, as a servlet request does. */
    private static Verdict judge(String id, Map<String, String> headers) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (v != null) {
                h.put(k, v);
            }
        });
        Function<String, String> header = h::get;
        return BeaconRule.judge(id, header, HOST);
    }
}

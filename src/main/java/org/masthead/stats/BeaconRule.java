package org.masthead.stats;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether one beacon is a reader's page view to count, from its headers alone: decided here once, tested as
 * a matrix, acted on by {@link ViewBeacon}. Deliberately simple, and documented in the README:
 * <ul>
 *   <li>refused: a post another site's page made ({@code Sec-Fetch-Site: cross-site}, or an {@code Origin}
 *   that is neither this host nor the publication's), or an article id that is not a positive number;</li>
 *   <li>a bot, not counted: no user agent, one naming a crawler, previewer, monitor, headless browser or
 *   HTTP library, or a speculative load ({@code Sec-Purpose}, {@code Purpose}, {@code X-Purpose},
 *   {@code X-Moz}: prefetch, prerender, preview).</li>
 * </ul>
 * A script that poses as a browser is counted: refusing it would take per-client state (addresses,
 * fingerprints), which is exactly what this module does not keep.
 */
final class BeaconRule {

    /** What to do with a beacon: the metric's {@code result} tag and the answer's status. */
    enum Verdict {
        COUNTED("counted", 204),
        BOT("bot", 204), // answered like a view: a bot learns nothing from it
        CROSS_SITE("rejected", 403),
        MALFORMED("rejected", 400),
        /** Not decided here: the node holds as many (article, hour) pairs as it may until its next flush. */
        FULL("rejected", 503);

        final String result;
        final int status;

        Verdict(String result, int status) {
            this.result = result;
            this.status = status;
        }
    }

    private static final Pattern AUTOMATED = Pattern.compile("bot|crawl|spider|slurp|preview|headless|lighthouse"
            + "|facebookexternalhit|whatsapp|embedly|pingdom|phantomjs|selenium|puppeteer|playwright"
            + "|curl|wget|python|java/|okhttp|go-http|node-fetch|axios|libwww|scrapy|httpclient",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> SPECULATIVE = List.of("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz");
    private static final int MAX_ID_DIGITS = 18; // below Long.MAX_VALUE, so parsing cannot overflow

    private BeaconRule() {
    }

    /**
     * @param articleId       the id as sent (the last path segment)
     * @param header          the request's header by name, null when absent
     * @param publicationHost host[:port] of the publication's base URL (the request's own Host also counts)
     */
    static Verdict judge(String articleId, Function<String, String> header, String publicationHost) {
        if (crossSite(header, publicationHost)) {
            return Verdict.CROSS_SITE;
        }
        if (articleId(articleId) <= 0) {
            return Verdict.MALFORMED;
        }
        return automated(header) ? Verdict.BOT : Verdict.COUNTED;
    }

    /** The id as a number, or -1 when it is not 1 to 18 digits. */
    static long articleId(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ID_DIGITS) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }

    static boolean crossSite(Function<String, String> header, String publicationHost) {
        String site = header.apply("Sec-Fetch-Site");
        if (site != null) {
            return site.trim().equalsIgnoreCase("cross-site");
        }
        String origin = header.apply("Origin"); // browsers without Fetch Metadata still send it on a POST
        if (origin == null) {
            return false;
        }
        int scheme = origin.indexOf("://");
        if (scheme < 0) {
            return true; // "null": a sandboxed or privacy-sensitive context
        }
        String from = origin.substring(scheme + 3);
        return !from.equalsIgnoreCase(publicationHost) && !from.equalsIgnoreCase(header.apply("Host"));
    }

    static boolean automated(Function<String, String> header) {
        String agent = header.apply("User-Agent");
        if (agent == null || agent.isBlank() || AUTOMATED.matcher(agent).find()) {
            return true;
        }
        return SPECULATIVE.stream().anyMatch(h -> header.apply(h) != null);
    }
}

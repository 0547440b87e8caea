package org.masthead.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** URL slugs: lower-case ASCII words joined by hyphens, cut at a word boundary. */
public final class Slugs {

    static final int MAX = 80;

    /** First path segments the site uses itself; a section may not take one of these as its slug. */
    public static final Set<String> RESERVED = Set.of("admin", "api", "assets", "media", "tag", "author", "authors",
            "feed", "rss.xml", "atom.xml", "sitemap.xml", "sitemaps", "robots.txt", "search", "account", "login",
            "logout", "error", "actuator", "favicon.ico", "v3", "openapi", "sections", "tags", "page");

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("&", " and ").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("ß", "ss").replace("œ", "oe").replace("Œ", "oe").replace("ł", "l").replace("Ł", "l")
                .replace("đ", "d").replace("Đ", "d").replace("þ", "th").replace("Þ", "th")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            int cut = slug.lastIndexOf('-', MAX);
            slug = slug.substring(0, cut > 20 ? cut : MAX);
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 120 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}

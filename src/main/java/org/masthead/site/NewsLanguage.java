package org.masthead.site;

import java.util.Locale;

/**
 * The language code a Google News sitemap wants: the ISO 639 code of the site's BCP 47 language
 * ({@code en-GB} → {@code en}), except Chinese, which Google names by script ({@code zh-cn} simplified,
 * {@code zh-tw} traditional).
 */
final class NewsLanguage {
    private NewsLanguage() {
    }

    static String of(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47 == null ? "" : bcp47.trim());
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            throw new IllegalStateException("masthead.publication.language '" + bcp47 + "' is not a BCP 47 language tag");
        }
        if (!language.equals("zh")) {
            return language;
        }
        boolean traditional = locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && java.util.Set.of("TW", "HK", "MO").contains(locale.getCountry()));
        return traditional ? "zh-tw" : "zh-cn";
    }
}

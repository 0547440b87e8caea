package org.masthead.comments;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The plain words a commenter reads, in the site's language, from {@code comments/guidelines*.properties}; English
 * when the site's language has no translation yet. Each names the guideline it is about.
 */
final class Explanations {

    private static final ResourceBundle.Control NO_JVM_LOCALE = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Explanations() {
    }

    static String say(Locale site, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("comments.guidelines", site, NO_JVM_LOCALE);
        return new MessageFormat(bundle.getString(key), site).format(args);
    }

    /** "English", or "English or French": the allowed languages named in the site's language. */
    static String languages(Locale site, List<String> tags) {
        String or = say(site, "or");
        return tags.stream().map(t -> Locale.forLanguageTag(t).getDisplayLanguage(site)).distinct()
                .collect(Collectors.joining(" " + or + " "));
    }

    static String language(Locale site, String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(site);
    }
}

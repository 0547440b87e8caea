package org.masthead.comments;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * "Written in the publication's language", with Lingua (low-accuracy mode: trigram models only, a fraction of the
 * memory and time of the full models, and accurate enough on a comment's worth of text). The detector knows many
 * languages, never only the allowed ones: one that knows only English says every text is English. Flags a draft
 * only when the most likely language is not allowed and the likeliest allowed one is at least {@code minMargin}
 * behind it (Lingua 1.2 rates each language relative to the likeliest, which gets 1.0: English at 0.84 behind
 * Dutch is a short English sentence, German at 0.3 is not German); drafts with fewer than {@code minLetters}
 * letters (links and {@code @names} left out; a Chinese or Japanese character counts three) are not checked. Lingua
 * loads a language's model on first use and keeps it for the JVM's life, so one detector serves every check: it
 * is built once, by {@link GuidelineCheck}. Only the first {@value #SAMPLE} characters are read: a comment's
 * language shows by then, and the detector's time grows with the text. We rejected optimaize's
 * language-detector: unmaintained since 2016.
 */
final class LanguageRule {

    /** The language the detector found, which the site does not allow, and how far behind the allowed ones were. */
    record Detected(String code, double margin) {
    }

    static final int SAMPLE = 600;

    private final LanguageDetector detector;
    private final Set<String> known;
    private final CommentsProperties.Language settings;

    LanguageRule(CommentsProperties.Language settings) {
        this.settings = settings;
        Set<Language> languages = settings.detect().stream()
                .map(c -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT))))
                .collect(Collectors.toSet());
        if (languages.size() < 2) {
            throw new IllegalArgumentException("the language check needs a detector that knows several languages");
        }
        this.detector = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
        this.known = languages.stream().map(LanguageRule::code).collect(Collectors.toSet());
    }

    Optional<Detected> check(String text, List<String> allowedTags) {
        Set<String> allowed = allowedTags.stream().map(t -> Locale.forLanguageTag(t).getLanguage())
                .collect(Collectors.toSet());
        if (allowed.stream().noneMatch(known::contains)) {
            return Optional.empty();
        }
        String plain = Links.blanked(text).replaceAll("@\\S+", " ");
        if (letters(plain) < settings.minLetters()) {
            return Optional.empty();
        }
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(sample(plain));
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        String top = code(confidence.firstKey());
        double allowedBest = confidence.entrySet().stream().filter(e -> allowed.contains(code(e.getKey())))
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        double margin = confidence.get(confidence.firstKey()) - allowedBest;
        return !allowed.contains(top) && margin >= settings.minMargin()
                ? Optional.of(new Detected(top, margin)) : Optional.empty();
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE);
        return text.substring(0, cut > SAMPLE / 2 ? cut : SAMPLE);
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter)
                .map(c -> Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA ? 3 : 1).sum();
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}

package org.masthead.comments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Comments' settings, {@code masthead.comments.*}. The defaults match the community guidelines: every rule on.
 *
 * @param language  the language rule
 * @param sentences the full-sentences rule
 * @param abuse     the abuse and personal-attack rules
 * @param spam      the links, repeated-text and rate rules
 */
@ConfigurationProperties("masthead.comments")
public record CommentsProperties(
        @DefaultValue Language language,
        @DefaultValue Sentences sentences,
        @DefaultValue Abuse abuse,
        @DefaultValue Spam spam) {

    /** Every rule on, with the defaults: for tests and the benchmark. */
    public static CommentsProperties defaults() {
        return new CommentsProperties(Language.defaults(), new Sentences(true, 3, 0.8, 12),
                new Abuse(true, true, List.of(), List.of(), List.of()), new Spam(true, 2, true, 8, 1, Duration.ofSeconds(10)));
    }

    /**
     * @param enabled       whether the rule runs
     * @param minLetters    drafts with fewer letters are not checked (a short reply says too little to tell)
     * @param minMargin     how far, from 0 to 1, the likeliest allowed language must trail the likeliest language
     *                      (rated 1) to flag the draft: the higher, the surer the detector must be
     * @param detect        the languages the detector knows, as ISO 639-1 codes; the site's languages must be among
     *                      them, and so must many others: a detector that knows only the allowed ones always says yes
     */
    public record Language(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30") int minLetters,
            @DefaultValue("0.25") double minMargin,
            @DefaultValue({"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ro", "hu",
                    "tr", "el", "ru", "uk", "ar", "he", "hi", "zh", "ja", "ko", "id", "vi"}) List<String> detect) {

        static Language defaults() {
            return new Language(true, 30, 0.25, List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb",
                    "fi", "pl", "cs", "ro", "hu", "tr", "el", "ru", "uk", "ar", "he", "hi", "zh", "ja", "ko", "id", "vi"));
        }
    }

    /**
     * @param enabled          whether the rule runs
     * @param minWords         fewer words than this need a capital letter and a full stop (a short complete reply)
     * @param maxCapitalShare  the share of capital letters above which a draft counts as shouting
     * @param unpunctuatedWords drafts without any sentence-ending punctuation, starting in lower case, need at
     *                          least this many words to pass as sentences
     */
    public record Sentences(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("3") int minWords,
            @DefaultValue("0.8") double maxCapitalShare,
            @DefaultValue("12") int unpunctuatedWords) {
    }

    /**
     * @param enabled         whether the abuse rule (swearing, slurs) runs
     * @param personalAttacks whether the personal-attack rule runs
     * @param abuseLists      publisher lists of words and phrases, merged with ours (files, one term a line,
     *                        {@code #} comments, a trailing {@code *} matches any ending)
     * @param insultLists     publisher lists of insults, which count only when aimed at a person
     * @param attackLists     publisher lists of phrases that attack a person on their own ("people like you")
     */
    public record Abuse(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("true") boolean personalAttacks,
            @DefaultValue List<Path> abuseLists,
            @DefaultValue List<Path> insultLists,
            @DefaultValue List<Path> attackLists) {
    }

    /**
     * @param links         whether the links rule runs
     * @param maxLinks      the most links a comment may carry
     * @param repeated      whether the repeated-text rule runs
     * @param repeatedRun   the longest run of one character (or one word) a comment may have
     * @param rate          comments a reader may post per {@code ratePer}; 0 turns the rate rule off
     * @param ratePer       the rate's window
     */
    public record Spam(
            @DefaultValue("true") boolean links,
            @DefaultValue("2") int maxLinks,
            @DefaultValue("true") boolean repeated,
            @DefaultValue("8") int repeatedRun,
            @DefaultValue("1") int rate,
            @DefaultValue("10s") Duration ratePer) {
    }
}

package org.masthead.comments;

import org.masthead.comments.CommentsProperties.Spam;
import org.masthead.comments.Words.Word;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs of spam. Links: more than {@code maxLinks}. Repeated text: a run of one to three characters repeated
 * {@code repeatedRun} (8) times or more ("!!!!!!!!", "hahahahahahahaha"; digits don't count, "1000000000" is a
 * number), the same word {@code repeatedRun} / 2 times in a row, fewer than {@value #MIN_DISTINCT_PAIRS} of the
 * pairs of neighbouring words distinct in a text of at least {@value #MIN_PAIRS} pairs (one phrase pasted over and
 * over), or the same text as the reader's previous comment. Rate: {@code rate} comments already within
 * {@code ratePer} before now.
 */
final class SpamRule {

    static final double MIN_DISTINCT_PAIRS = 0.4;
    static final int MIN_PAIRS = 10;

    private final Spam settings;
    private final Pattern run;

    SpamRule(Spam settings) {
        this.settings = settings;
        this.run = Pattern.compile("([^\\d\\s]{1,3}?)\\1{" + (settings.repeatedRun() - 1) + ",}");
    }

    /** The number of links when more than allowed. */
    Optional<Integer> links(String text) {
        int n = Links.count(text);
        return n > settings.maxLinks() ? Optional.of(n) : Optional.empty();
    }

    /** What repeats, as typed (the unit of a run, or a word); empty string when the whole text does. */
    Optional<String> repeated(String text, List<Word> words, String previous) {
        if (previous != null && squash(previous).equals(squash(text)) && !squash(text).isEmpty()) {
            return Optional.of("");
        }
        Matcher m = run.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        return repeatedWord(words);
    }

    private Optional<String> repeatedWord(List<Word> words) {
        int inRow = 1;
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            inRow = words.get(i).form().equals(words.get(i - 1).form()) ? inRow + 1 : 1;
            if (inRow >= Math.max(3, settings.repeatedRun() / 2)) {
                return Optional.of(words.get(i).typed());
            }
            pairs.add(words.get(i - 1).form() + ' ' + words.get(i).form());
        }
        int total = words.size() - 1;
        if (total >= MIN_PAIRS && pairs.size() < MIN_DISTINCT_PAIRS * total) {
            return Optional.of(words.get(0).typed() + (words.size() > 1 ? " " + words.get(1).typed() : ""));
        }
        return Optional.empty();
    }

    /** Whether the reader has already posted as many comments as the rate allows within its window. */
    boolean tooFast(List<Instant> recentPosts, Instant now) {
        if (settings.rate() <= 0) {
            return false;
        }
        Instant since = now.minus(settings.ratePer());
        return recentPosts.stream().filter(t -> t.isAfter(since) && !t.isAfter(now)).count() >= settings.rate();
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}]+", " ").strip();
    }
}

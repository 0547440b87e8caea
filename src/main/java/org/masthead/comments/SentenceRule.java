package org.masthead.comments;

import org.masthead.comments.CommentsProperties.Sentences;
import org.masthead.comments.Words.Word;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Written in full sentences", as a heuristic in four steps, first hit wins:
 * <ol>
 * <li>{@link Kind#EMPTY}: no words at all once links are left out — only links, emoji, digits or punctuation.</li>
 * <li>{@link Kind#CAPITALS}: at least {@value #MIN_CASED} letters with a case, and more than
 *     {@code maxCapitalShare} (0.8) of them capitals: shouting. Acronyms in a normal sentence stay far below.</li>
 * <li>{@link Kind#FRAGMENT}, short: fewer than {@code minWords} (3) words pass only as a complete short sentence,
 *     starting with a capital and ending with sentence punctuation ("Agreed." "Thank you!"); "lol", "first".</li>
 * <li>{@link Kind#FRAGMENT}, unpunctuated: no sentence punctuation anywhere, a lower-case start and fewer than
 *     {@code unpunctuatedWords} (12) words: "so true lol", "this is rubbish mate". A longer text without full stops
 *     passes: it is likely sentences typed carelessly, and the other rules still apply to it.</li>
 * </ol>
 * Words in scripts written without spaces (Chinese, Japanese, Thai) count one per two characters; scripts without
 * capitals pass the capital tests. We rejected a grammar parser: slow, English-only, and no better at telling a
 * terse reply from a fragment.
 */
final class SentenceRule {

    enum Kind { EMPTY, CAPITALS, FRAGMENT }

    static final int MIN_CASED = 12;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？؟।](?=[\\s\"”’')\\]»]|$)");
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]");

    private final Sentences settings;

    SentenceRule(Sentences settings) {
        this.settings = settings;
    }

    Optional<Kind> check(String text, List<Word> words) {
        int count = wordCount(words);
        if (count == 0) {
            return Optional.of(Kind.EMPTY);
        }
        String plain = Links.blanked(text).strip();
        if (shouting(plain)) {
            return Optional.of(Kind.CAPITALS);
        }
        boolean punctuated = SENTENCE_END.matcher(plain).find();
        boolean capitalStart = startsUpperOrUncased(plain);
        if (count < settings.minWords() && !(capitalStart && endsSentence(plain))) {
            return Optional.of(Kind.FRAGMENT);
        }
        if (!punctuated && !capitalStart && count < settings.unpunctuatedWords()) {
            return Optional.of(Kind.FRAGMENT);
        }
        return Optional.empty();
    }

    private static int wordCount(List<Word> words) {
        int count = 0;
        for (Word w : words) {
            if (w.typed().codePoints().anyMatch(Character::isLetter)) {
                long unspaced = UNSPACED.matcher(w.typed()).results().count();
                count += unspaced > 0 ? (int) Math.max(1, (unspaced + 1) / 2) : 1;
            }
        }
        return count;
    }

    private boolean shouting(String text) {
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        long lower = text.codePoints().filter(Character::isLowerCase).count();
        return upper + lower >= MIN_CASED && upper > settings.maxCapitalShare() * (upper + lower);
    }

    private static boolean startsUpperOrUncased(String text) {
        int first = text.codePoints().filter(Character::isLetter).findFirst().orElse('a');
        return Character.isUpperCase(first) || !Character.isLowerCase(first);
    }

    private static boolean endsSentence(String text) {
        String trimmed = text.replaceAll("[\\s\"”’')\\]»\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}]+$", "");
        return !trimmed.isEmpty() && SENTENCE_END.matcher(trimmed.substring(trimmed.length() - 1)).find();
    }
}

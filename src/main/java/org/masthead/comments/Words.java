package org.masthead.comments;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits comment text into words and normalises each the way the word lists are matched: lower case, accents
 * folded ("enculé" is "encule"), look-alike digits and signs read as letters ("1d10t", "a$$"), letters spelled out
 * joined ("i.d.i.o.t", "i d i o t"), and stretched letters squeezed ("idiooooot"). Matching whole words, never
 * substrings, keeps "Scunthorpe" and "assassin" clear. Links are left out. Each word also knows whether it stands
 * in quotation marks after a reporting word ("the crowd chanted 'traitor'"): reported speech, not the commenter's.
 */
final class Words {

    /**
     * A word as typed and as matched; {@code stretched} when it had a letter three times or more in a row;
     * {@code start} and {@code end} its place in {@code source}, the comment's text.
     */
    record Word(String typed, String form, String squeezed, boolean stretched, boolean mention, boolean reported,
                String source, int start, int end) {

        /** The comment's text from this word to {@code last}, as typed. */
        String through(Word last) {
            return source.substring(start, last.end());
        }
    }

    private record Place(String source, int start, int end) {
    }

    private static final Pattern SPELLED_DOTTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[\\p{L}0-9@$][.\\-_*]){2,}[\\p{L}0-9@$](?![\\p{L}\\p{N}])");
    private static final Pattern SPELLED_SPACED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\p{L} ){3,}\\p{L}(?![\\p{L}\\p{N}])");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}@$!*_]+");
    private static final Pattern QUOTED = Pattern.compile(
            "\"[^\"]{1,200}\"|“[^”]{1,200}”|„[^“”]{1,200}[“”]|«[^»]{1,200}»|‘[^’]{1,200}’|(?<!\\p{L})'[^']{1,200}'(?!\\p{L})");
    private static final Set<String> REPORTING = Set.of("said", "says", "called", "calling", "call", "told", "wrote",
            "shouted", "chanted", "tweeted", "posted", "word", "words", "term", "slogan", "headline", "quote", "quoted",
            "insult", "slur", "labelled", "labeled", "branded", "dubbed", "accused", "read", "reads", "sagte", "nannte",
            "rief", "wort", "gesagt", "dit", "traite", "traiter", "mot", "dijo", "llamo", "palabra", "disse", "detto",
            "chiamato", "documentary", "film", "song", "book", "play", "title", "titled", "banner", "sign", "placard",
            "album", "show");
    private static final int REPORTING_REACH = 6;
    private static final Pattern RUN_OF_3 = Pattern.compile("(.)\\1{2,}");

    private Words() {
    }

    static List<Word> of(String text) {
        Map<Integer, Integer> joinedEnds = new HashMap<>();
        String plain = joinSpelled(Links.blanked(text), joinedEnds);
        List<int[]> quotes = QUOTED.matcher(plain).results().map(m -> new int[] {m.start(), m.end()}).toList();
        List<Word> words = new ArrayList<>();
        List<String> before = new ArrayList<>();
        int next = 0; // quotes are found in order, and so are words: the first quote not yet behind this word
        int decided = -1; // where the quote whose speech was last decided starts
        boolean reported = false;
        Matcher m = TOKEN.matcher(plain);
        while (m.find()) {
            while (next < quotes.size() && quotes.get(next)[1] <= m.start()) {
                next++;
            }
            int[] quote = next < quotes.size() && quotes.get(next)[0] < m.start() ? quotes.get(next) : null;
            if (quote != null && decided != quote[0]) {
                decided = quote[0];
                reported = reportedBefore(before);
            }
            Word w = word(m.group(), quote != null && reported,
                    new Place(text, m.start(), joinedEnds.getOrDefault(m.start(), m.end())));
            if (w != null) {
                words.add(w);
                before.add(w.form());
            }
        }
        return words;
    }

    private static boolean reportedBefore(List<String> before) {
        return before.subList(Math.max(0, before.size() - REPORTING_REACH), before.size()).stream()
                .anyMatch(REPORTING::contains);
    }

    private static Word word(String token, boolean reported, Place at) {
        boolean mention = token.startsWith("@") && token.length() > 1;
        String typed = token.replaceAll("^[@*!]+|[!*]+$", "");
        if (typed.isEmpty()) {
            return null;
        }
        String form = form(typed);
        if (form.codePoints().noneMatch(Character::isLetter)) {
            return new Word(typed, form, form, false, mention, reported, at.source(), at.start(), at.end());
        }
        return new Word(typed, stretchedTo2(form), squeeze(form), stretched(form), mention, reported, at.source(),
                at.start(), at.end());
    }

    /** A term from a word list, normalised the same way as the words it is matched against. */
    static String term(String term) {
        return stretchedTo2(form(term));
    }

    static String squeeze(String s) {
        return s.replaceAll("(.)\\1+", "$1");
    }

    private static String form(String typed) {
        String folded = Normalizer.normalize(typed.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace("ß", "ss");
        return folded.codePoints().anyMatch(Character::isLetter) ? lookAlikes(folded) : folded;
    }

    private static String lookAlikes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return out.toString();
    }

    private static String stretchedTo2(String s) {
        return s.replaceAll("(.)\\1{2,}", "$1$1");
    }

    private static boolean stretched(String s) {
        return RUN_OF_3.matcher(s).find();
    }

    /** Joins letters spelled out; {@code joinedEnds} gets where each joined word ended in the text. */
    private static String joinSpelled(String text, Map<Integer, Integer> joinedEnds) {
        String dotted = SPELLED_DOTTED.matcher(text).replaceAll(m -> {
            joinedEnds.put(m.start(), m.end());
            return padded(m.group().replaceAll("[.\\-_*]", ""), m.group());
        });
        return SPELLED_SPACED.matcher(dotted).replaceAll(m -> {
            joinedEnds.put(m.start(), m.end());
            return padded(m.group().replace(" ", ""), m.group());
        });
    }

    /** Keeps positions: the joined word, then spaces for the separators it lost. */
    private static String padded(String joined, String original) {
        return Matcher.quoteReplacement(joined + " ".repeat(original.length() - joined.length()));
    }
}

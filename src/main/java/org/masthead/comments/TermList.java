package org.masthead.comments;

import org.masthead.comments.Words.Word;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A list of words and phrases, matched as whole words on normalised text (see {@link Words}). Written one term a
 * line; {@code #} starts a comment; a trailing {@code *} matches any ending ("fuck*" matches "fucking"); a trailing
 * {@code @xx} applies the term only on sites in language xx ("retard @en": in French, "en retard" is "late"). A
 * {@code *} typed inside a word stands for a letter or none ("f*ck"). Indexed by first word, so a check costs about
 * one look-up per word of the comment, however long the list.
 */
final class TermList {

    private record Term(String[] words, boolean prefix, String language) {
        boolean appliesTo(String site) {
            return language == null || language.equals(site);
        }
    }

    private static final String STAR_LETTERS = "aeiouy";

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, List<Term>> bySqueezedFirstWord = new HashMap<>();
    private final List<Term> prefixFirst = new ArrayList<>();

    private TermList(Stream<String> lines) {
        lines.map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).forEach(this::add);
    }

    static TermList of(Stream<String> lines) {
        return new TermList(lines);
    }

    /** Our list from the classpath, then each publisher's file. */
    static TermList load(String resource, List<Path> files) {
        List<String> lines = new ArrayList<>(resourceLines(resource));
        for (Path file : files) {
            try {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the word list " + file, e);
            }
        }
        return of(lines.stream());
    }

    private static List<String> resourceLines(String resource) {
        try (var in = TermList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no word list " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String entry) {
        String language = entry.matches(".*\\s@[a-z]{2,3}$") ? entry.substring(entry.lastIndexOf('@') + 1) : null;
        String line = language == null ? entry : entry.substring(0, entry.lastIndexOf('@')).strip();
        boolean prefix = line.endsWith("*");
        String[] words = Arrays.stream(line.replaceAll("\\*$", "").split("[\\s'’]+"))
                .map(Words::term).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0) {
            return;
        }
        Term term = new Term(words, prefix, language);
        if (prefix && words.length == 1) {
            prefixFirst.add(term);
        } else {
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(term);
            bySqueezedFirstWord.computeIfAbsent(Words.squeeze(words[0]), k -> new ArrayList<>()).add(term);
        }
    }

    /** How many words of a term from this list start at {@code at}, or 0 when none does. */
    int matchAt(List<Word> words, int at, String site) {
        for (Word first : unstarred(words.get(at))) {
            int n = firstMatch(prefixFirst, words, at, first, site);
            n = n > 0 ? n : firstMatch(byFirstWord.getOrDefault(first.form(), List.of()), words, at, first, site);
            n = n > 0 || !first.stretched() ? n
                    : firstMatch(bySqueezedFirstWord.getOrDefault(first.squeezed(), List.of()), words, at, first, site);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    private static int firstMatch(List<Term> terms, List<Word> words, int at, Word first, String site) {
        for (Term t : terms) {
            if (t.appliesTo(site) && matches(t, words, at, first)) {
                return t.words().length;
            }
        }
        return 0;
    }

    /** The first term of this list in the words that is not reported speech: the words as typed. */
    Optional<String> find(List<Word> words, String site) {
        for (int i = 0; i < words.size(); i++) {
            int n = matchAt(words, i, site);
            if (n > 0 && words.subList(i, i + n).stream().noneMatch(Word::reported)) {
                return Optional.of(typed(words, i, n));
            }
        }
        return Optional.empty();
    }

    /** The text of {@code n} words from {@code from} as typed, with what stands between them. */
    static String typed(List<Word> words, int from, int n) {
        return words.get(from).through(words.get(from + n - 1));
    }

    /** The word itself, or, with a {@code *} typed inside it, the word with each star read as a vowel or nothing. */
    private static List<Word> unstarred(Word w) {
        if (!w.form().contains("*")) {
            return List.of(w);
        }
        List<String> forms = List.of(w.form());
        while (forms.get(0).contains("*")) {
            forms = forms.stream().flatMap(f -> (STAR_LETTERS + " ").chars()
                    .mapToObj(c -> f.replaceFirst("\\*", c == ' ' ? "" : String.valueOf((char) c)))).toList();
        }
        return forms.stream().map(f -> new Word(w.typed(), f, Words.squeeze(f), w.stretched(), w.mention(), w.reported(),
                        w.source(), w.start(), w.end()))
                .toList();
    }

    private static boolean matches(Term t, List<Word> words, int at, Word first) {
        if (at + t.words().length > words.size()) {
            return false;
        }
        for (int i = 0; i < t.words().length; i++) {
            boolean last = i == t.words().length - 1;
            if (!same(i == 0 ? first : words.get(at + i), t.words()[i], last && t.prefix())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Word w, String term, boolean prefix) {
        if (prefix) {
            return w.form().startsWith(term) || w.stretched() && w.squeezed().startsWith(Words.squeeze(term));
        }
        return w.form().equals(term) || w.stretched() && w.squeezed().equals(Words.squeeze(term));
    }
}

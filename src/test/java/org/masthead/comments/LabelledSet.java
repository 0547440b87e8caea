package org.masthead.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The labelled comments of {@code comments/labelled.tsv}, and each rule's precision and recall on them. */
final class LabelledSet {

    record Row(String category, Set<Rule> expected, String site, String text) {
    }

    /** A rule's counts: true positives, false positives, false negatives, and the rows it got wrong. */
    record Score(Rule rule, int tp, int fp, int fn, List<String> wrong) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    static final List<Row> ROWS = load();

    private LabelledSet() {
    }

    static Map<Rule, Score> score(Guidelines guidelines) {
        Map<Rule, int[]> counts = new TreeMap<>();
        Map<Rule, List<String>> wrong = new TreeMap<>();
        for (Rule rule : Rule.values()) {
            counts.put(rule, new int[3]);
            wrong.put(rule, new java.util.ArrayList<>());
        }
        for (Row row : ROWS) {
            Verdict v = guidelines.check(CommentDraft.of(row.text(), row.site()), TestGuidelines.NOW);
            for (Rule rule : Rule.values()) {
                boolean fired = v.breaks(rule);
                boolean expected = row.expected().contains(rule);
                int slot = fired && expected ? 0 : fired ? 1 : expected ? 2 : -1;
                if (slot >= 0) {
                    counts.get(rule)[slot]++;
                }
                if (slot > 0) {
                    wrong.get(rule).add((slot == 1 ? "FP " : "FN ") + row.text());
                }
            }
        }
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new Score(e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], wrong.get(e.getKey())), (a, b) -> a, TreeMap::new));
    }

    private static List<Row> load() {
        try (var in = LabelledSet.class.getResourceAsStream("/comments/labelled.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(LabelledSet::row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(String line) {
        String[] f = line.split("\t", 4);
        Set<Rule> expected = f[1].equals("-") ? EnumSet.noneOf(Rule.class)
                : Arrays.stream(f[1].split(",")).map(Rule::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        return new Row(f[0], expected, f[2], f[3]);
    }
}

package org.masthead.comments;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule's precision and recall on the labelled set, with floors: precision first (a false alarm sends a fair
 * comment to the queue and tells its writer off), recall second (a miss still meets reports and moderators).
 * docs/comment-checks.md records the figures and what the rules cannot catch.
 */
class LabelledSetTests {

    private static final double MIN_PRECISION = 0.9;
    private static final double MIN_RECALL = 0.8;

    @Test
    void everyRuleIsPreciseAndFindsMostOfItsCasesOnTheLabelledSet() {
        Map<Rule, LabelledSet.Score> scores = LabelledSet.score(TestGuidelines.DEFAULTS);
        scores.values().forEach(s -> System.out.printf("%-16s precision %.2f recall %.2f (tp %d, fp %d, fn %d)%n%s",
                s.rule(), s.precision(), s.recall(), s.tp(), s.fp(), s.fn(),
                s.wrong().stream().map(w -> "    " + w + "\n").reduce("", String::concat)));
        scores.remove(Rule.RATE); // not a property of the text: SpamRuleTests
        assertThat(scores.values()).allSatisfy(s -> {
            assertThat(s.precision()).as("precision of %s", s.rule()).isGreaterThanOrEqualTo(MIN_PRECISION);
            assertThat(s.recall()).as("recall of %s", s.rule()).isGreaterThanOrEqualTo(MIN_RECALL);
        });
    }

    @Test
    void theSetHasEnoughAcceptableAndUnacceptableCommentsInEachCategory() {
        Map<String, Long> acceptable = LabelledSet.ROWS.stream().filter(r -> r.expected().isEmpty())
                .collect(Collectors.groupingBy(LabelledSet.Row::category, Collectors.counting()));
        Map<String, Long> unacceptable = LabelledSet.ROWS.stream().filter(r -> !r.expected().isEmpty())
                .collect(Collectors.groupingBy(LabelledSet.Row::category, Collectors.counting()));
        assertThat(unacceptable.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(15));
        assertThat(acceptable.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(38));
        assertThat(acceptable.keySet()).isEqualTo(unacceptable.keySet());
    }
}

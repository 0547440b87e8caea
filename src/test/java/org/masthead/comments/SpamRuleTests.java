package org.masthead.comments;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.comments.TestGuidelines.NOW;
import static org.masthead.comments.TestGuidelines.check;

class SpamRuleTests {

    @Test
    void allowsTwoLinksAndFlagsThree() {
        assertThat(check("Compare https://example.org/2025 with https://example.org/2026 and the cut is obvious.").clean()).isTrue();
        assertThat(check("Great article! See https://x.example/a and www.x.example/b and x.example/c for deals.").findings())
                .filteredOn(f -> f.rule() == Rule.SPAM_LINKS).singleElement()
                .satisfies(f -> assertThat(f.explanation()).isEqualTo(
                        "This comment has 3 links — our guidelines allow at most 2 in a comment."));
    }

    @Test
    void flagsRepeatedCharactersWordsAndPhrases() {
        assertThat(repeated("This is outrageous!!!!!!!!!!!!!!!!")).contains("“!”");
        assertThat(repeated("Hahahahahahahahahahaha, the council did it again.")).contains("over and over");
        assertThat(repeated("Scandal scandal scandal scandal scandal, read all about it.")).contains("scandal");
        assertThat(check("Stop the tower. Stop the tower. Stop the tower. Stop the tower. Stop the tower. Stop the tower.")
                .breaks(Rule.REPEATED_TEXT)).isTrue();
        assertThat(check("Honte honte honte honte honte à ce gouvernement.", "fr").breaks(Rule.REPEATED_TEXT)).isTrue();
    }

    @Test
    void leavesNumbersEllipsesAndEmphasisAlone() {
        assertThat(check("The fine rose from £1,000,000 to £10,000,000 after the appeal.").clean()).isTrue();
        assertThat(check("Wait... what? The bridge is closing again?").clean()).isTrue();
        assertThat(check("No, no, no. The vote was on Tuesday, not on Thursday.").clean()).isTrue();
        assertThat(check("Ten years of promises, ten years of delays, and ten years of rising fares.").clean()).isTrue();
    }

    @Test
    void flagsTheSameCommentAsTheReadersPreviousOne() {
        var draft = new CommentDraft("The council must publish the budget now.", List.of("en"), List.of(),
                "the council must publish the budget now!");
        assertThat(TestGuidelines.DEFAULTS.check(draft, NOW).findings()).singleElement().satisfies(f -> assertThat(
                f.explanation()).isEqualTo("This comment is the same as your previous one — our guidelines ask for "
                + "comments without repeated text."));
    }

    @Test
    void allowsOneCommentEveryTenSeconds() {
        assertThat(posting(NOW.minusSeconds(3)).breaks(Rule.RATE)).isTrue();
        assertThat(posting(NOW.minusSeconds(3)).findings()).singleElement().satisfies(f -> assertThat(f.explanation())
                .isEqualTo("You posted a comment moments ago — our guidelines allow one comment every 10 seconds, "
                        + "so please wait a little."));
        assertThat(posting(NOW.minusSeconds(10)).clean()).isTrue();
        assertThat(posting(NOW.minusSeconds(60), NOW.minusSeconds(30)).clean()).isTrue();
    }

    private static Verdict posting(Instant... earlier) {
        return TestGuidelines.DEFAULTS.check(new CommentDraft("The council must publish the budget now.",
                List.of("en"), List.of(earlier), null), NOW);
    }

    private static String repeated(String text) {
        return check(text).findings().stream().filter(f -> f.rule() == Rule.REPEATED_TEXT).findFirst()
                .orElseThrow(() -> new AssertionError("not flagged: " + text)).explanation();
    }
}

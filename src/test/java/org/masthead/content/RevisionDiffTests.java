package org.masthead.content;

import org.junit.jupiter.api.Test;
import org.masthead.content.Comparison.Change;
import org.masthead.content.Comparison.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTests {

    @Test
    void marksOnlyTheWordsThatChanged() {
        assertThat(RevisionDiff.words("The quick brown fox", "The slow brown fox")).containsExactly(
                new Segment(Change.SAME, "The "), new Segment(Change.REMOVED, "quick"),
                new Segment(Change.ADDED, "slow"), new Segment(Change.SAME, " brown fox"));
    }

    @Test
    void identicalTextsAreOneUnchangedRunAndEmptyOnesNothing() {
        assertThat(RevisionDiff.words("Same words.", "Same words.")).containsExactly(new Segment(Change.SAME, "Same words."));
        assertThat(RevisionDiff.words("", "")).isEmpty();
        assertThat(RevisionDiff.words(null, "New")).containsExactly(new Segment(Change.ADDED, "New"));
    }

    @Test
    void bodyTextKeepsParagraphsAndDropsMarkup() {
        String html = "<h2>Heading</h2><p>One <a href=\"/x\">link</a>.</p><ul><li>A</li><li>B</li></ul>"
                + "<figure><img src=\"/media/1/640.jpg\" alt=\"\"><figcaption>Cap <span class=\"credit\">Cred</span></figcaption></figure>"
                + "<aside data-related=\"12\"></aside>";
        assertThat(RevisionDiff.text(html)).isEqualTo("Heading\n\nOne link.\n\nA\n\nB\n\nCap Cred\n\n[Also read: article 12]");
    }
}

package org.masthead.newsletter;

import org.junit.jupiter.api.Test;
import org.masthead.newsletter.IssueMails.Paragraph;
import org.masthead.newsletter.IssueMails.Run;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed text in a custom issue: paragraphs by blank lines, addresses as links, nothing as markup. */
class TypedTextTests {

    @Test
    void blankLinesPartParagraphsAndSingleBreaksStay() {
        List<Paragraph> p = TypedText.paragraphs("First line\r\nsecond line\n\n\n  Next paragraph  \n");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).lines()).hasSize(2);
        assertThat(p.get(1).lines().get(0)).containsExactly(new Run("Next paragraph", null));
    }

    @Test
    void webAddressesBecomeLinksWithoutTheirTrailingPunctuation() {
        List<Run> runs = TypedText.paragraphs("Read it at https://news.example.org/a?b=1. Or (http://x.org/y).")
                .get(0).lines().get(0);
        assertThat(runs).containsExactly(new Run("Read it at ", null),
                new Run("https://news.example.org/a?b=1", "https://news.example.org/a?b=1"), new Run(". Or (", null),
                new Run("http://x.org/y", "http://x.org/y"), new Run(").", null));
    }

    @Test
    void markupIsTextAndOtherSchemesAreNotLinks() {
        List<Run> runs = TypedText.paragraphs("<b>bold</b> javascript:alert(1)").get(0).lines().get(0);
        assertThat(runs).containsExactly(new Run("<b>bold</b> javascript:alert(1)", null));
        assertThat(TypedText.paragraphs("  \n \n")).isEmpty();
    }
}

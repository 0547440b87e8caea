package org.masthead.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptsTests {

    @Test
    void leavesShortTextAlone() {
        assertThat(Excerpts.cut("Short text.", 50)).isEqualTo("Short text.");
    }

    @Test
    void cutsAtAWordBoundaryWithAnEllipsis() {
        assertThat(Excerpts.cut("The council voted to extend the night tram trial, officials said.", 30))
                .isEqualTo("The council voted to extend…");
        assertThat(Excerpts.cut("Alpha beta, gamma delta", 12)).isEqualTo("Alpha beta…");
    }

    @Test
    void collapsesWhitespaceAndDropsTrailingPunctuationBeforeTheEllipsis() {
        assertThat(Excerpts.cut("  Line one\n\n  line   two  ", 50)).isEqualTo("Line one line two");
        assertThat(Excerpts.cut("Ministers met — and then, later; they left the building", 16)).isEqualTo("Ministers met…");
        assertThat(Excerpts.cut("Supercalifragilisticexpialidocious words", 10)).isEqualTo("Supercalif…");
    }
}

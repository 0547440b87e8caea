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
}

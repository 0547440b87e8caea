package org.masthead.platform;

import org.junit.jupiter.api.Test;
import org.masthead.platform.SectionNavigation.Entry;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionNavigationTests {

    @Test
    void withNothingSavedEverySectionIsShownInItsOwnOrder() {
        assertThat(SectionNavigation.shown(List.of(4L, 2L, 9L), List.of())).containsExactly(4L, 2L, 9L);
    }

    @Test
    void followsTheSavedOrderHidesWhatWasHiddenAndAppendsNewSections() {
        List<Entry> saved = List.of(new Entry(9, true), new Entry(4, false), new Entry(77, true), new Entry(2, true));
        assertThat(SectionNavigation.arrange(List.of(4L, 2L, 9L, 12L), saved)).containsExactly(
                new Entry(9, true), new Entry(4, false), new Entry(2, true), new Entry(12, true));
        assertThat(SectionNavigation.shown(List.of(4L, 2L, 9L, 12L), saved)).containsExactly(9L, 2L, 12L);
    }
}

package org.masthead.content;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@H2IntegrationTest
class TaxonomyTests {

    @Autowired TaxonomyService taxonomy;

    @Test
    void subSectionsNestOneLevelDeep() {
        Section europe = taxonomy.section("europe").orElseThrow();
        assertThat(europe.parentId()).isEqualTo(taxonomy.section("world").orElseThrow().id());
        assertThatThrownBy(() -> taxonomy.saveSection(null, "vienna-x", "Vienna", "", "europe", 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("parent"));
    }

    @Test
    void sectionsCannotTakeASlugTheSiteUses() {
        assertThatThrownBy(() -> taxonomy.saveSection(null, "tag", "Tags", "", null, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("slug"));
        assertThatThrownBy(() -> taxonomy.saveSection(null, "world", "Another world", "", null, 1))
                .hasMessageContaining("another section uses world");
    }

    @Test
    void sectionsWithArticlesCannotBeDeleted() {
        assertThatThrownBy(() -> taxonomy.deleteSection(taxonomy.section("world").orElseThrow().id()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(taxonomy.section("world")).isPresent();
    }

    @Test
    void newSectionsAppearRightAway() {
        Section s = taxonomy.saveSection(null, null, "Weather Desk Notes", "Forecasts.", null, 50);
        assertThat(s.slug()).isEqualTo("weather-desk-notes");
        assertThat(taxonomy.section("weather-desk-notes")).isPresent();
        taxonomy.deleteSection(s.id());
        assertThat(taxonomy.section("weather-desk-notes")).isEmpty();
    }

    @Test
    void tagsAreCreatedByNameOnceAndReused() {
        var first = taxonomy.tagIds(java.util.List.of("Night Trains", "night trains"));
        assertThat(first).hasSize(1);
        assertThat(taxonomy.tagIds(java.util.List.of("Night trains"))).isEqualTo(first);
    }
}

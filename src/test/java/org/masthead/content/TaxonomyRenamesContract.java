package org.masthead.content;

import org.junit.jupiter.api.Test;
import org.masthead.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.content.ContentFixtures.unique;

/** Renamed slugs remembered for 301s, and deletes refused while in use; run on H2 and PostgreSQL. */
abstract class TaxonomyRenamesContract {

    @Autowired TaxonomyService taxonomy;
    @Autowired ArticleService articles;

    @Test
    void aRenamedSectionTagOrAuthorIsFoundByItsOldSlugUntilItIsDeleted() {
        String n = Slugs.of(unique("x")).substring(2);
        Section s = taxonomy.saveSection(null, "harbour-" + n, "Harbour", "", null, 90);
        Tag t = taxonomy.saveTag(null, "ferries-" + n, "Ferries");
        Author a = taxonomy.saveAuthor(new Author(0, "quay-desk-" + n, "Quay Desk", AuthorKind.DESK, "", "", null));

        taxonomy.saveSection(s.id(), "port-" + n, "Port", "", null, 90);
        taxonomy.saveTag(t.id(), "boats-" + n, "Boats");
        taxonomy.saveAuthor(new Author(a.id(), "pier-desk-" + n, "Pier Desk", AuthorKind.DESK, "", "", null));

        assertThat(taxonomy.renamedSection("harbour-" + n)).map(Section::slug).hasValue("port-" + n);
        assertThat(taxonomy.renamedTag("ferries-" + n)).map(Tag::slug).hasValue("boats-" + n);
        assertThat(taxonomy.renamedAuthor("quay-desk-" + n)).map(Author::slug).hasValue("pier-desk-" + n);
        assertThat(taxonomy.renamedTag("harbour-" + n)).as("each kind its own").isEmpty();

        taxonomy.saveTag(t.id(), "ferries-" + n, "Ferries again");
        assertThat(taxonomy.renamedTag("ferries-" + n)).as("a live slug is no old one").isEmpty();
        assertThat(taxonomy.renamedTag("boats-" + n)).map(Tag::slug).hasValue("ferries-" + n);

        taxonomy.deleteSection(s.id());
        taxonomy.deleteTag(t.id());
        taxonomy.deleteAuthor(a.id());
        assertThat(taxonomy.renamedSection("harbour-" + n)).isEmpty();
        assertThat(taxonomy.renamedTag("boats-" + n)).isEmpty();
        assertThat(taxonomy.renamedAuthor("quay-desk-" + n)).isEmpty();
    }

    @Test
    void tagsOnArticlesAreNotDeletedAndTheRefusalSaysHowMany() {
        String name = unique("Lighthouse");
        articles.create(new ArticleDraft(unique("Beacon"), "", "<p>Body.</p>", null, "world", List.of("lena-varga"),
                List.of(name), "", AccessLevel.FREE, null, null, null, null, null));
        Tag t = taxonomy.tag(Slugs.of(name)).orElseThrow();
        assertThat(taxonomy.usage().articlesTagged(t.id())).isEqualTo(1);
        assertThatThrownBy(() -> taxonomy.deleteTag(t.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 article carry it");
        assertThat(taxonomy.tag(t.id())).isPresent();
    }

    @Test
    void aSectionWithSubSectionsDoesNotBecomeOneAndTheRefusalToDeleteItCountsWhatIsInIt() {
        Section world = taxonomy.section("world").orElseThrow();
        assertThatThrownBy(() -> taxonomy.saveSection(world.id(), world.slug(), world.name(), world.description(),
                "politics", world.position())).isInstanceOf(InvalidInputException.class).hasMessageContaining("sub-sections");
        assertThatThrownBy(() -> taxonomy.deleteSection(world.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageMatching(".*it holds \\d+ articles and \\d+ sub-sections?; move them.*");
    }
}

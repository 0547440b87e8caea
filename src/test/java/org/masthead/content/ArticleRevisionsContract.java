package org.masthead.content;

import org.junit.jupiter.api.Test;
import org.masthead.content.Comparison.Change;
import org.masthead.content.Comparison.Segment;
import org.masthead.platform.VersionConflictException;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** Every save keeps a revision; any two compare word by word; a restore is a new version. H2 and PostgreSQL. */
abstract class ArticleRevisionsContract {

    static final long WRITER = 9101;
    static final long EDITOR = 9102;

    @Autowired ArticleService articles;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleRevisions revisions;
    @Autowired ArticleQueries queries;

    @Test
    void everySaveAndStatusChangeKeepsAVersionWithWhoAndWhat() {
        Article a = articles.create(draft(unique("Kept")), WRITER).article();
        Article saved = articles.update(a.id(), a.version(), ContentFixtures.withBody(draft(a.headline()), "<p>Two</p>"), false, WRITER).article();
        Article auto = articles.autosave(a.id(), saved.version(), ContentFixtures.withBody(draft(a.headline()), "<p>Three</p>"), WRITER).article();
        workflow.publish(a.id(), auto.version(), EDITOR);

        List<Revision.Entry> history = revisions.history(a.id());
        assertThat(history).extracting(Revision.Entry::kind).containsExactly(RevisionKind.PUBLISHED,
                RevisionKind.AUTOSAVED, RevisionKind.SAVED, RevisionKind.CREATED);
        assertThat(history).extracting(Revision.Entry::version).containsExactly(4, 3, 2, 1);
        assertThat(history).extracting(Revision.Entry::savedBy).containsExactly(EDITOR, WRITER, WRITER, WRITER);
        assertThat(history.get(0).status()).isEqualTo(ArticleStatus.PUBLISHED);

        Revision second = revisions.revision(a.id(), 2).orElseThrow();
        assertThat(second.bodyHtml()).isEqualTo("<p>Two</p>");
        assertThat(second.bylines()).extracting(Refs.AuthorRef::slug).containsExactly("lena-varga");
        assertThat(second.tags()).extracting(Refs.TagRef::name).containsExactly("Test Tag");
        assertThat(second.section().slug()).isEqualTo("world");
    }

    @Test
    void comparesTwoVersionsWordByWordAndNamesTheOtherFieldsThatChanged() {
        ArticleDraft first = ContentFixtures.withBody(draft(unique("Harbour reopens")),
                "<p>The harbour reopened on Monday after <strong>storms</strong>.</p><p>Ferries resume.</p>");
        Article a = articles.create(first, WRITER).article();
        ArticleDraft second = new ArticleDraft(a.headline() + " early", first.standfirst(),
                "<p>The harbour reopened on Tuesday after storms.</p><p>Ferries resume.</p>", a.slug(), "europe",
                List.of("foreign-desk", "lena-varga"), List.of("Test Tag"), "TALLINN", AccessLevel.PREMIUM, null,
                null, null, null, null);
        articles.update(a.id(), a.version(), second, false, EDITOR);

        Comparison c = revisions.compare(a.id(), 1, 2);
        assertThat(c.headline()).contains(new Segment(Change.ADDED, " early"));
        assertThat(c.body()).contains(new Segment(Change.REMOVED, "Monday"), new Segment(Change.ADDED, "Tuesday"));
        assertThat(c.body().stream().filter(s -> s.change() == Change.SAME).map(Segment::text).reduce("", String::concat))
                .contains("Ferries resume.").doesNotContain("<strong>");
        assertThat(c.standfirst()).extracting(Segment::change).containsOnly(Change.SAME);
        assertThat(c.fields()).extracting(Comparison.FieldChange::field)
                .contains("Section", "Bylines", "Dateline", "Access").doesNotContain("Tags", "Slug");
        assertThat(c.fields()).contains(new Comparison.FieldChange("Access", "free", "premium"));
    }

    @Test
    void restoringAnOldVersionSavesItAsANewVersionAndKeepsTheHistory() {
        Article a = articles.create(ContentFixtures.withBody(draft(unique("Restorable")), "<p>Original words.</p>"), WRITER).article();
        Article bad = articles.update(a.id(), a.version(), ContentFixtures.withBody(draft(a.headline()), "<p>Vandalised.</p>"), false, EDITOR).article();

        Article restored = revisions.restore(a.id(), bad.version(), 1, WRITER).article();
        assertThat(restored.bodyHtml()).isEqualTo("<p>Original words.</p>");
        assertThat(restored.version()).isEqualTo(3);
        List<Revision.Entry> history = revisions.history(a.id());
        assertThat(history).hasSize(3);
        assertThat(history.get(0).kind()).isEqualTo(RevisionKind.RESTORED);
        assertThat(history.get(0).restoredFrom()).isEqualTo(1);
        assertThat(revisions.revision(a.id(), 2).orElseThrow().bodyHtml()).isEqualTo("<p>Vandalised.</p>");
    }

    @Test
    void aRestoreOnAStaleVersionIsRefused() {
        Article a = articles.create(draft(unique("Stale restore")), WRITER).article();
        articles.update(a.id(), a.version(), ContentFixtures.withBody(draft(a.headline()), "<p>Newer</p>"), false, EDITOR);
        assertThatThrownBy(() -> revisions.restore(a.id(), a.version(), 1, WRITER)).isInstanceOf(VersionConflictException.class);
        assertThat(queries.byId(a.id()).orElseThrow().bodyHtml()).isEqualTo("<p>Newer</p>");
    }

    @Test
    void anOldVersionReadsAsTheArticleForAPreview() {
        Article a = articles.create(ContentFixtures.withBody(draft(unique("Previewed")), "<p>As sent.</p>"), WRITER).article();
        articles.update(a.id(), a.version(), ContentFixtures.withBody(draft(a.headline()), "<p>Later.</p>"), false, WRITER);

        Article asSent = revisions.asArticle(a.id(), 1).orElseThrow();
        assertThat(asSent.bodyHtml()).isEqualTo("<p>As sent.</p>");
        assertThat(asSent.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(revisions.asArticle(a.id(), 99)).isEmpty();
    }
}

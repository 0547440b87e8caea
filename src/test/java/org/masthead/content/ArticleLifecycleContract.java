package org.masthead.content;

import org.masthead.MutableClock;
import org.masthead.content.ArticleEvents.ArticlePublished;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** Article persistence and lifecycle; run on H2 and on PostgreSQL by the two subclasses. */
@RecordApplicationEvents
abstract class ArticleLifecycleContract {

    @Autowired ApplicationEvents events;

    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;

    @org.junit.jupiter.api.AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void createsADraftWithBylinesInOrderTagsAndASlugFromTheHeadline() {
        ArticleDraft d = draft(unique("Ferry timetable changes"));
        d = new ArticleDraft(d.headline(), d.standfirst(), d.body(), null, "europe", List.of("foreign-desk", "lena-varga"),
                List.of("Transport", "Cities"), "TALLINN", AccessLevel.METERED, null, null, null, null, null);
        Article a = articles.create(d).article();

        assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(a.slug()).startsWith("ferry-timetable-changes-");
        assertThat(a.bylines()).extracting(Refs.AuthorRef::slug).containsExactly("foreign-desk", "lena-varga");
        assertThat(a.bylines().get(0).kind()).isEqualTo(AuthorKind.DESK);
        assertThat(a.tags()).extracting(Refs.TagRef::slug).containsExactly("transport", "cities");
        assertThat(a.access()).isEqualTo(AccessLevel.METERED);
        assertThat(a.firstPublishedAt()).isNull();
        assertThat(a.version()).isEqualTo(1);
    }

    @Test
    void sanitizesTheBodyAndReportsWhatWasRemoved() {
        ArticleService.Saved saved = articles.create(ContentFixtures.withBody(draft(unique("Sanitized")),
                "<p onclick=\"steal()\">Safe <script>alert(1)</script>text</p>"));
        assertThat(saved.article().bodyHtml()).isEqualTo("<p>Safe text</p>");
        assertThat(saved.removed()).contains("<script>", "onclick on <p>");
    }

    @Test
    void aStaleVersionIsRefusedAndLeavesThePreviousVersionIntact() {
        Article a = articles.create(draft(unique("Versioned"))).article();
        articles.update(a.id(), a.version(), ContentFixtures.withBody(draft(a.headline()), "<p>Second</p>"), false);

        assertThatThrownBy(() -> articles.update(a.id(), a.version(),
                ContentFixtures.withBody(draft(a.headline()), "<p>Lost?</p>"), false))
                .isInstanceOf(VersionConflictException.class);
        Article now = queries.byId(a.id()).orElseThrow();
        assertThat(now.bodyHtml()).isEqualTo("<p>Second</p>");
        assertThat(now.version()).isEqualTo(2);
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = db.sql("SELECT COUNT(*) FROM content_article").query(Long.class).single();
        ArticleDraft bad = new ArticleDraft(" ", null, "<p>x</p>", null, "no-such-section", List.of("nobody"),
                List.of(), null, AccessLevel.FREE, null, null, null, null, null);
        assertThatThrownBy(() -> articles.create(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .contains("headline", "section", "bylines"));
        assertThat(db.sql("SELECT COUNT(*) FROM content_article").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void publishingSetsTheFirstPublishedTimeOnceAndUpdatesAfterwardsSetUpdated() {
        Article a = articles.create(draft(unique("Published once"))).article();
        Article published = articles.publish(a.id(), a.version());
        assertThat(published.firstPublishedAt()).isNotNull();
        assertThat(published.updatedAt()).isNull();

        clock.advance(Duration.ofMinutes(1));
        Article edited = articles.update(a.id(), published.version(), draft(a.headline()), false).article();
        assertThat(edited.updatedAt()).isAfter(published.firstPublishedAt());
        assertThat(edited.firstPublishedAt()).isEqualTo(published.firstPublishedAt());

        Article unpublished = articles.unpublish(a.id(), null);
        Article again = articles.publish(a.id(), unpublished.version());
        assertThat(again.firstPublishedAt()).isEqualTo(published.firstPublishedAt());
    }

    @Test
    void aScheduledArticleIsPublishedExactlyOnceWhenDue() {
        Article a = articles.create(draft(unique("Scheduled"))).article();
        articles.schedule(a.id(), clock.instant().plus(Duration.ofHours(2)), a.version());
        assertThat(articles.publishDue(a.id())).isFalse();

        clock.advance(Duration.ofHours(3));
        assertThat(articles.publishDue(a.id())).isTrue();
        assertThat(articles.publishDue(a.id())).isFalse();
        assertThat(queries.byId(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void aSlugChangeKeepsTheOldSlugPointingAtTheArticle() {
        Article a = articles.create(draft(unique("Old slug"))).article();
        String old = a.slug();
        articles.update(a.id(), a.version(), ContentFixtures.withSlug(draft(a.headline()), old + "-renamed"), true);
        assertThat(queries.byOldSlug(old)).map(Article::id).contains(a.id());
        assertThat(queries.bySlug(old + "-renamed")).map(Article::id).contains(a.id());
    }

    @Test
    void readsBySlugFollowEveryChangeAtOnceThoughPublishedArticlesAreKeptPerNode() {
        Article a = articles.create(draft(unique("Slug reads"))).article();
        assertThat(queries.bySlug(a.slug())).isPresent();
        articles.update(a.id(), a.version(), ContentFixtures.withSlug(draft(a.headline()), a.slug() + "-2"), true);
        assertThat(queries.bySlug(a.slug())).as("a renamed draft announces nothing, yet is not found by its old slug").isEmpty();

        Article p = articles.publish(a.id(), null);
        assertThat(queries.bySlug(p.slug()).orElseThrow().headline()).isEqualTo(a.headline());
        String changed = "Changed headline " + p.id();
        articles.update(p.id(), p.version(), ContentFixtures.withSlug(draft(changed), p.slug()), false);
        assertThat(queries.bySlug(p.slug()).orElseThrow().headline()).isEqualTo(changed);
        articles.unpublish(p.id(), null);
        assertThat(queries.bySlug(p.slug()).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    }

    @Test
    void publishedEventsCarryTheArticleId() {
        Article a = articles.create(draft(unique("Evented"))).article();
        articles.publish(a.id(), null);
        assertThat(events.stream(ArticlePublished.class).map(e -> e.id().value())).contains(a.id());
    }

    @Test
    void listingsFilterBySectionIncludingSubSectionsAndByAuthor() {
        Article a = articles.create(ContentFixtures.withSection(draft(unique("In Europe")), "europe")).article();
        articles.publish(a.id(), null);
        long world = queries.byId(a.id()).orElseThrow().section().parentId();
        assertThat(queries.published(ArticleFilter.section(world), 1, 500).items()).extracting(ArticleSummary::id).contains(a.id());
        long lena = a.bylines().get(0).id();
        assertThat(queries.published(ArticleFilter.author(lena), 1, 500).items()).extracting(ArticleSummary::id).contains(a.id());
    }
}

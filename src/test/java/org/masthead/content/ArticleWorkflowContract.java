package org.masthead.content;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.content.ArticleEvents.ArticlePublished;
import org.masthead.content.ArticleEvents.ArticleSubmitted;
import org.masthead.content.ArticleEvents.ArticleUnpublished;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.VersionConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** Every status change of the newsroom's workflow, who made it, and what it refuses; on H2 and PostgreSQL. */
@RecordApplicationEvents
abstract class ArticleWorkflowContract {

    static final long WRITER = 9001;
    static final long EDITOR = 9002;

    @Autowired ApplicationEvents events;
    @Autowired ArticleService articles;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleQueries queries;
    @Autowired MutableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aDraftRemembersWhoCreatedItAndWhoSavedItLast() {
        Article a = articles.create(draft(unique("Who wrote")), WRITER).article();
        assertThat(a.createdBy()).isEqualTo(WRITER);
        assertThat(a.modifiedBy()).isEqualTo(WRITER);

        Article edited = articles.update(a.id(), a.version(), draft(a.headline()), false, EDITOR).article();
        assertThat(edited.createdBy()).isEqualTo(WRITER);
        assertThat(edited.modifiedBy()).isEqualTo(EDITOR);
        assertThat(articles.create(draft(unique("From the API"))).article().createdBy()).isNull();
    }

    @Test
    void aDraftIsSubmittedWithdrawnSubmittedAgainAndPublishedFromReview() {
        Article a = articles.create(draft(unique("Up for review")), WRITER).article();
        Article submitted = workflow.submit(a.id(), a.version(), WRITER);
        assertThat(submitted.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(events.stream(ArticleSubmitted.class).map(e -> e.id().value())).contains(a.id());

        Article back = workflow.withdraw(a.id(), submitted.version(), WRITER);
        assertThat(back.status()).isEqualTo(ArticleStatus.DRAFT);
        Article again = workflow.submit(a.id(), back.version(), WRITER);
        Article live = workflow.publish(a.id(), again.version(), EDITOR);

        assertThat(live.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(live.modifiedBy()).isEqualTo(EDITOR);
        assertThat(live.firstPublishedAt()).isNotNull();
        assertThat(events.stream(ArticlePublished.class).map(e -> e.id().value())).contains(a.id());
    }

    @Test
    void aSubmittedArticleIsScheduledThenUnpublishedByAnEditor() {
        Article a = workflow.submit(articles.create(draft(unique("Scheduled from review")), WRITER).article().id(), null, WRITER);
        Article scheduled = workflow.schedule(a.id(), clock.instant().plus(Duration.ofHours(1)), a.version(), EDITOR);
        assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isAfter(clock.instant());

        Article down = workflow.unpublish(a.id(), scheduled.version(), EDITOR);
        assertThat(down.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(events.stream(ArticleUnpublished.class).map(e -> e.id().value())).contains(a.id());
    }

    @Test
    void transitionsFromTheWrongStatusAreRefusedAndChangeNothing() {
        Article a = articles.create(draft(unique("Wrong order")), WRITER).article();
        assertThatThrownBy(() -> workflow.withdraw(a.id(), null, WRITER)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot withdraw an article that is draft");
        assertThatThrownBy(() -> workflow.unpublish(a.id(), null, WRITER)).isInstanceOf(InvalidInputException.class);
        Article live = workflow.publish(a.id(), null, EDITOR);
        assertThatThrownBy(() -> workflow.submit(a.id(), null, WRITER)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workflow.publish(a.id(), null, EDITOR)).isInstanceOf(InvalidInputException.class);
        assertThat(queries.byId(a.id()).orElseThrow().version()).isEqualTo(live.version());
    }

    @Test
    void aTransitionWithAStaleVersionIsAConflict() {
        Article a = articles.create(draft(unique("Stale submit")), WRITER).article();
        articles.update(a.id(), a.version(), draft(a.headline()), false, EDITOR);
        assertThatThrownBy(() -> workflow.submit(a.id(), a.version(), WRITER)).isInstanceOf(VersionConflictException.class);
        assertThat(queries.byId(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void autosaveKeepsDraftsButNeverTouchesALiveArticle() {
        Article a = articles.create(draft(unique("Autosaved")), WRITER).article();
        Article saved = articles.autosave(a.id(), a.version(), ContentFixtures.withBody(draft(a.headline()), "<p>Typing…</p>"), WRITER).article();
        assertThat(saved.bodyHtml()).isEqualTo("<p>Typing…</p>");

        Article live = workflow.publish(a.id(), saved.version(), EDITOR);
        assertThatThrownBy(() -> articles.autosave(a.id(), live.version(), draft(a.headline()), WRITER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("published");
        assertThat(queries.byId(a.id()).orElseThrow().bodyHtml()).isEqualTo("<p>Typing…</p>");
    }

    @Test
    void aDueScheduledArticleIsPublishedByNobodyInParticular() {
        Article a = articles.create(draft(unique("Due")), WRITER).article();
        workflow.schedule(a.id(), clock.instant().plus(Duration.ofMinutes(5)), null, EDITOR);
        clock.advance(Duration.ofMinutes(6));
        assertThat(workflow.publishDue(a.id())).isTrue();
        Article live = queries.byId(a.id()).orElseThrow();
        assertThat(live.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(live.modifiedBy()).isNull();
    }
}

package org.masthead.content;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** A scheduled article goes live at its time through the cluster-safe scheduler, without anyone calling it. */
@H2IntegrationTest
class ScheduledPublishingTests {

    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired JdbcClient db;

    @Test
    void goesLiveAtItsTimeThroughTheDatabaseBackedScheduler() {
        Article a = articles.create(draft(unique("Goes live soon"))).article();
        Instant at = Instant.now().plusSeconds(2);
        articles.schedule(a.id(), at, a.version());

        assertThat(db.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'publish-scheduled-article' AND task_instance = :id")
                .param("id", String.valueOf(a.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(queries.byId(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);

        await().atMost(Duration.ofSeconds(20)).until(() -> queries.byId(a.id()).orElseThrow().status() == ArticleStatus.PUBLISHED);
        Article live = queries.byId(a.id()).orElseThrow();
        assertThat(live.firstPublishedAt()).isAfterOrEqualTo(at.minusSeconds(1));
    }

    @Test
    void reschedulingMovesTheTaskInsteadOfPublishingTwice() {
        Article a = articles.create(draft(unique("Rescheduled"))).article();
        Article s1 = articles.schedule(a.id(), Instant.now().plus(Duration.ofHours(1)), a.version());
        articles.schedule(a.id(), Instant.now().plus(Duration.ofHours(5)), s1.version());
        Instant stored = db.sql("SELECT execution_time FROM scheduled_tasks WHERE task_instance = :id")
                .param("id", String.valueOf(a.id())).query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
        assertThat(stored).isAfter(Instant.now().plus(Duration.ofHours(4)));
    }
}

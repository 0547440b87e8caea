package org.masthead.newsletter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Section;
import org.masthead.content.Slugs;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.Publication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digests on H2 and PostgreSQL: what a digest carries across days in the paper's time zone (Asia/Kolkata in
 * tests), once per period however often or wherever the schedule runs, skipped when nothing is new. Times are
 * set on the shared clock some weeks back, so the articles made here never lead the site's newest lists.
 */
abstract class DigestsContract {

    @Autowired ApplicationContext ctx;
    @Autowired Digests digests;
    @Autowired IssueRepository issues;
    @Autowired DigestRepository runs;
    @Autowired ArticleService articles;
    @Autowired TaxonomyService taxonomy;
    @Autowired Publication publication;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** {@code time} on {@code day} in the paper's time zone. */
    private Instant local(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(publication.timeZone()).toInstant();
    }

    /** Moves the shared clock to {@code time} on {@code day} in the paper's time zone. */
    private void at(LocalDate day, String time) {
        clock.advance(Duration.between(clock.instant(), local(day, time)));
    }

    private LocalDate baseDay(int weeksBack) {
        return LocalDate.now(publication.timeZone()).minusWeeks(weeksBack);
    }

    private Section section(String name, String parentSlug) {
        return taxonomy.saveSection(null, Slugs.of(ContentFixtures.unique(name)), name, "", parentSlug, 95);
    }

    private Article publish(String headline, Section section) {
        return ContentFixtures.published(articles, ContentFixtures.withSection(
                ContentFixtures.draft(ContentFixtures.unique(headline)), section.slug()));
    }

    private List<IssueContent> issuesOf(NewsletterList list) {
        return db.sql("SELECT id FROM newsletter_issue WHERE list_id = :l ORDER BY id").param("l", list.id())
                .query(Long.class).list().stream().map(id -> issues.find(id).orElseThrow()).toList();
    }

    @Test
    void aDailyDigestCarriesWhatItsSectionsPublishedSinceTheLastOneByTheLocalDay() {
        LocalDate day = baseDay(3);
        Section news = section("Harbour News", null);
        Section sub = section("Harbour Courts", news.slug());
        Section other = section("Harbour Sport", null);
        at(day.minusDays(1), "05:00");
        NewsletterList list = NewsletterFixtures.dailyDigest(ctx, "Harbour Briefing", LocalTime.of(6, 0), List.of(news.id()));
        at(day.minusDays(1), "23:30");
        Article lateEvening = publish("Late council vote", news);
        at(day, "02:00");
        Article inSub = publish("Court hears appeal", sub);
        Article elsewhere = publish("Regatta results", other);

        at(day, "05:59");
        assertThat(digests.makeDue()).as("not yet its send time; yesterday's was missed and is not made now").isZero();
        at(day, "06:00:30");
        assertThat(digests.makeDue()).isEqualTo(1);
        assertThat(digests.makeDue()).as("once per period").isZero();

        List<IssueContent> made = issuesOf(list);
        assertThat(made).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("DIGEST");
            assertThat(i.periodKey()).as("the local date, while UTC is still on the day before").isEqualTo(day.toString());
            assertThat(i.textFull()).contains(lateEvening.headline(), inSub.headline()).doesNotContain(elsewhere.headline());
        });
        assertThat(issues.articleIds(made.get(0).id())).containsExactly(inSub.id(), lateEvening.id());
        assertThat(issues.covers(made.get(0).id())).contains(new IssueRepository.Covers(
                local(day.minusDays(1), "06:00"), local(day, "06:00")));

        at(day, "07:00");
        Article morning = publish("Ferry timetable changes", news);
        at(day, "23:00");
        assertThat(digests.makeDue()).as("the day's period is decided").isZero();
        at(day.plusDays(1), "06:01");
        assertThat(digests.makeDue()).isEqualTo(1);
        IssueContent next = issuesOf(list).get(1);
        assertThat(next.periodKey()).isEqualTo(day.plusDays(1).toString());
        assertThat(issues.articleIds(next.id())).as("from where the last digest ended").containsExactly(morning.id());
    }

    @Test
    void aPeriodWithNothingNewIsSkippedOnceAndNotMadeLaterThatDay() {
        LocalDate day = baseDay(4);
        Section quiet = section("Quiet Desk", null);
        at(day.minusDays(1), "09:00");
        NewsletterList list = NewsletterFixtures.dailyDigest(ctx, "Quiet Briefing", LocalTime.of(8, 0), List.of(quiet.id()));

        at(day, "08:05");
        assertThat(digests.makeDue()).isZero();
        assertThat(runs.recentWithoutIssue(50)).anySatisfy(r -> {
            assertThat(r.listId()).isEqualTo(list.id());
            assertThat(r.periodKey()).isEqualTo(day.toString());
            assertThat(r.outcome()).isEqualTo(DigestRepository.Outcome.SKIPPED);
        });
        at(day, "09:00");
        publish("Late news", quiet);
        at(day, "10:00");
        assertThat(digests.makeDue()).isZero();
        assertThat(issuesOf(list)).isEmpty();
        at(day.plusDays(1), "08:00:10");
        assertThat(digests.makeDue()).isEqualTo(1);
        assertThat(issuesOf(list)).singleElement().extracting(IssueContent::periodKey).isEqualTo(day.plusDays(1).toString());
    }

    @Test
    void aPeriodThatFailedIsShownAndTriedAgainAtTheNextPoll() {
        LocalDate day = baseDay(9);
        Section s = section("Retry Desk", null);
        at(day.minusDays(1), "05:00");
        NewsletterList list = NewsletterFixtures.dailyDigest(ctx, "Retry Briefing", LocalTime.of(6, 0), List.of(s.id()));
        at(day.minusDays(1), "12:00");
        publish("Story that waited", s);
        at(day, "06:01");
        runs.record(new DigestRepository.Run(list.id(), day.toString(), DigestRepository.Outcome.FAILED, null, 0,
                "Template broke", local(day, "06:00"), local(day, "06:00"), clock.instant()));
        assertThat(runs.decided(list.id(), day.toString())).isFalse();
        assertThat(runs.recentWithoutIssue(50)).anySatisfy(r -> assertThat(r.note()).isEqualTo("Template broke"));

        assertThat(digests.makeDue()).isEqualTo(1);
        assertThat(runs.decided(list.id(), day.toString())).isTrue();
        assertThat(runs.recentWithoutIssue(50)).noneSatisfy(r -> assertThat(r.listId()).isEqualTo(list.id()));
        assertThat(issuesOf(list)).hasSize(1);
    }

    @Test
    void aWeeklyDigestIsMadeOncePerIsoWeekEvenWhenTheScheduleFirstRunsLaterThatWeek() {
        LocalDate monday = baseDay(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Section books = section("Harbour Books", null);
        at(monday.minusDays(3), "12:00");
        NewsletterList list = NewsletterFixtures.list(ctx, "Weekend Reads", Cadence.WEEKLY, LocalTime.of(7, 0),
                DayOfWeek.MONDAY, List.of(books.id()));
        at(monday.minusDays(1), "20:00");
        Article sunday = publish("Sunday review", books);

        at(monday.plusDays(2), "15:00"); // no node ran on Monday morning
        assertThat(digests.makeDue()).isEqualTo(1);
        at(monday.plusDays(5), "15:00");
        assertThat(digests.makeDue()).isZero();
        assertThat(issuesOf(list)).singleElement().satisfies(i -> {
            assertThat(i.periodKey()).matches("\\d{4}-W\\d{2}");
            assertThat(i.textFull()).contains(sunday.headline());
        });
    }

    @Test
    void aListMadeAfterTodaysSendTimeWaitsForTomorrow() {
        LocalDate day = baseDay(5);
        Section s = section("Late Desk", null);
        at(day, "05:00");
        publish("Early story", s);
        at(day, "10:00");
        NewsletterList list = NewsletterFixtures.dailyDigest(ctx, "Late Start", LocalTime.of(7, 0), List.of(s.id()));
        assertThat(digests.makeDue()).isZero();
        assertThat(issuesOf(list)).isEmpty();
    }

    @Test
    void twoNodesPollingAtOnceMakeOneIssue() throws Exception {
        LocalDate day = baseDay(7);
        Section s = section("Busy Desk", null);
        at(day.minusDays(1), "05:00");
        NewsletterList list = NewsletterFixtures.dailyDigest(ctx, "Busy Briefing", LocalTime.of(6, 0), List.of(s.id()));
        at(day.minusDays(1), "12:00");
        publish("Busy story", s);
        at(day, "06:10");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> node = () -> {
                start.await();
                return digests.makeDue();
            };
            Future<Integer> a = pool.submit(node);
            Future<Integer> b = pool.submit(node);
            start.countDown();
            assertThat(a.get() + b.get()).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(issuesOf(list)).hasSize(1);
    }

    @Test
    void sendingTheDigestNowCoversUpToNowAndTheScheduleContinuesFromThere() {
        LocalDate day = baseDay(8);
        Section s = section("Now Desk", null);
        at(day.minusDays(1), "05:00");
        NewsletterList list = NewsletterFixtures.dailyDigest(ctx, "Now Briefing", LocalTime.of(6, 0), List.of(s.id()));
        at(day.minusDays(1), "12:00");
        Article first = publish("First story", s);
        at(day, "05:00");
        assertThat(digests.next(list).articles()).extracting(a -> a.id()).containsExactly(first.id());
        long staff = 1;
        assertThat(digests.sendNow(list, staff)).isPresent();
        assertThat(digests.sendNow(list, staff)).as("nothing new since").isEmpty();
        at(day, "06:01");
        assertThat(digests.makeDue()).as("the scheduled one finds nothing new").isZero();
        assertThat(issuesOf(list)).singleElement().satisfies(i -> assertThat(i.periodKey()).isNull());
    }
}

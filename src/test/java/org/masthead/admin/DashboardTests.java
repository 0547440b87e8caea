package org.masthead.admin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleWorkflow;
import org.masthead.content.ContentFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.masthead.stats.StatsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The dashboard: my drafts, what awaits review, what is scheduled and published, and what readers read most. */
@H2IntegrationTest
class DashboardTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticleWorkflow workflow;

    @Test
    void theMostReadStoriesOfTheDayAppearWithTheirViewsAndTheHourlyChart() {
        Article story = ContentFixtures.published(articles, StatsFixtures.story(ContentFixtures.unique("Much read ferry")));
        StatsFixtures.views(ctx, story.id(), 5000);
        StatsFixtures.flushAndRefresh(ctx);

        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        Document dashboard = editor.page("/admin");
        var mine = dashboard.select("#most-day + table tbody tr").stream()
                .filter(r -> r.selectFirst("a").text().equals(story.headline())).findFirst().orElseThrow();
        assertThat(mine.select("td").last().text()).isEqualTo("5000");
        assertThat(mine.selectFirst("a").attr("href")).startsWith("/science/");
        assertThat(dashboard.select("svg.chart rect")).hasSize(24);
        String label = dashboard.selectFirst("svg.chart").attr("aria-label");
        assertThat(Long.parseLong(label.replaceAll(".*, (\\d+) in all", "$1"))).isGreaterThanOrEqualTo(5000);
        assertThat(dashboard.select("#published ~ ul li a")).isNotEmpty();
    }

    @Test
    void eachSeesTheirDraftsEditorsSeeEverySubmissionAndTheSoonestScheduledComesFirst() {
        StaffUser writer = StaffFixtures.member(ctx, Role.CONTRIBUTOR);
        StaffUser other = StaffFixtures.member(ctx, Role.CONTRIBUTOR);
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        Article myDraft = articles.create(ContentFixtures.draft(unique("Harbour draft")), writer.id()).article();
        Article othersDraft = articles.create(ContentFixtures.draft(unique("Someone else's draft")), other.id()).article();
        Article mySubmission = workflow.submit(articles.create(ContentFixtures.draft(unique("Ferry review")), writer.id())
                .article().id(), null, writer.id());
        Article othersSubmission = workflow.submit(articles.create(ContentFixtures.draft(unique("Bridge review")), other.id())
                .article().id(), null, other.id());
        Article later = articles.create(ContentFixtures.draft(unique("Later story")), editor.id()).article();
        Article sooner = articles.create(ContentFixtures.draft(unique("Sooner story")), editor.id()).article();
        workflow.schedule(later.id(), Instant.now().plus(Duration.ofMinutes(90)), null, editor.id());
        workflow.schedule(sooner.id(), Instant.now().plus(Duration.ofMinutes(30)), null, editor.id());

        Document mine = StaffFixtures.signedIn(ctx, port, writer).page("/admin");
        assertThat(links(mine, "#my-drafts")).contains(myDraft.headline()).doesNotContain(othersDraft.headline());
        assertThat(mine.selectFirst("#review").text()).isEqualTo("My articles awaiting review");
        assertThat(links(mine, "#review")).contains(mySubmission.headline()).doesNotContain(othersSubmission.headline());
        assertThat(mine.selectFirst("#my-drafts ~ ul a").attr("href")).isEqualTo("/admin/articles/" + myDraft.id());

        Document desk = StaffFixtures.signedIn(ctx, port, editor).page("/admin");
        assertThat(desk.selectFirst("#review").text()).isEqualTo("Awaiting review");
        assertThat(links(desk, "#review")).contains(mySubmission.headline(), othersSubmission.headline());
        assertThat(links(desk, "#my-drafts")).doesNotContain(myDraft.headline());
        List<String> scheduled = links(desk, "#scheduled");
        assertThat(scheduled.indexOf(sooner.headline())).isNotNegative().isLessThan(scheduled.indexOf(later.headline()));
    }

    private static List<String> links(Document page, String heading) {
        return page.select(heading + " ~ ul li a").eachText();
    }

    @Test
    void aContributorWithNothingYetIsInvitedToWrite() {
        StaffBrowser contributor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.CONTRIBUTOR));
        Document dashboard = contributor.page("/admin");
        assertThat(dashboard.selectFirst("#my-drafts ~ p").text()).isEqualTo("No drafts of yours. Write one.");
        assertThat(dashboard.selectFirst("#review ~ p").text()).isEqualTo("Nothing awaits review.");
    }
}

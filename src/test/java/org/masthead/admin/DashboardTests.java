package org.masthead.admin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.stats.StatsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard shows what is scheduled and published, and what readers read most. */
@H2IntegrationTest
class DashboardTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;

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
    void aContributorSeesNoDraftsOfOthers() {
        StaffBrowser contributor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.CONTRIBUTOR));
        Document dashboard = contributor.page("/admin");
        assertThat(dashboard.select("#drafts")).isEmpty();
    }
}

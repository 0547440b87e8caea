package org.masthead.admin;

import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.stats.ArticleViews;
import org.masthead.stats.HourlyViews;
import org.masthead.stats.StatsService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's readership: the most read stories of the last 24 hours and 7 days, and views per hour as a
 * bar chart drawn in SVG on the server (no chart script; CSP allows SVG attributes where it forbids inline styles).
 */
@Component
class ReadershipPanel {

    static final int ROWS = 10;
    static final int CHART_WIDTH = 480;
    static final int CHART_HEIGHT = 80;

    private final StatsService stats;
    private final ArticleQueries articles;

    ReadershipPanel(StatsService stats, ArticleQueries articles) {
        this.stats = stats;
        this.articles = articles;
    }

    AdminPages.Readership of(ZoneId zone) {
        return new AdminPages.Readership(rows(Duration.ofHours(24)), rows(Duration.ofDays(7)), chart(zone));
    }

    private List<AdminPages.ReadRow> rows(Duration window) {
        List<ArticleViews> top = stats.mostRead(window, ROWS);
        Map<Long, ArticleSummary> found = articles.publishedSummaries(top.stream().map(ArticleViews::articleId).toList())
                .stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        long most = top.stream().mapToLong(ArticleViews::views).max().orElse(1);
        return top.stream().filter(v -> found.containsKey(v.articleId())).map(v -> new AdminPages.ReadRow(
                found.get(v.articleId()).headline(), found.get(v.articleId()).path(), v.views(),
                (int) Math.max(1, 100 * v.views() / most))).toList();
    }

    private AdminPages.Chart chart(ZoneId zone) {
        List<HourlyViews> hours = stats.siteHourlyViews(Duration.ofHours(24));
        long peak = Math.max(1, hours.stream().mapToLong(HourlyViews::views).max().orElse(1));
        int slot = CHART_WIDTH / Math.max(1, hours.size());
        DateTimeFormatter label = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(zone);
        List<AdminPages.Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            HourlyViews h = hours.get(i);
            int height = (int) Math.round((double) (CHART_HEIGHT - 14) * h.views() / peak);
            bars.add(new AdminPages.Bar(i * slot + 1, CHART_HEIGHT - 14 - height, slot - 2, height,
                    label.format(h.hour()) + ": " + h.views() + " views", i % 6 == 0 ? label.format(h.hour()) : ""));
        }
        long total = hours.stream().mapToLong(HourlyViews::views).sum();
        return new AdminPages.Chart(CHART_WIDTH, CHART_HEIGHT, bars, total);
    }
}

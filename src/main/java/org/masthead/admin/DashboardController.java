package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.Article;
import org.masthead.content.ArticleFilter;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleStatus;
import org.masthead.platform.Publication;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The newsroom's front page: what is scheduled, what went out lately, what is still in draft. */
@Controller
class DashboardController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm z", Locale.ENGLISH);

    static final int SHOWN = 8;

    private final ArticleQueries articles;
    private final ArticlePaths paths;
    private final StaffChromes chromes;
    private final ReadershipPanel readership;
    private final Publication publication;

    DashboardController(ArticleQueries articles, ArticlePaths paths, StaffChromes chromes, ReadershipPanel readership,
                        Publication publication) {
        this.articles = articles;
        this.paths = paths;
        this.chromes = chromes;
        this.readership = readership;
        this.publication = publication;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.VIEW_DASHBOARD);
        boolean all = me.can(Permission.EDIT_ANY);
        model.addAttribute("page", new AdminPages.DashboardPage(chromes.of(me, req), "Hello, " + me.name().split(" ")[0],
                items(ArticleStatus.SCHEDULED, a -> a.scheduledAt()),
                items(ArticleStatus.PUBLISHED, a -> a.lastModified()),
                all ? items(ArticleStatus.DRAFT, Article::modifiedAt) : List.of(), all,
                readership.of(publication.timeZone())));
        return "admin/dashboard";
    }

    private List<AdminPages.Item> items(ArticleStatus status, java.util.function.Function<Article, Instant> time) {
        return articles.anyStatus(ArticleFilter.ALL, status, 1, SHOWN).items().stream()
                .map(a -> new AdminPages.Item(a.headline(), status == ArticleStatus.PUBLISHED ? paths.path(a) : null,
                        time.apply(a) == null ? "" : when().format(time.apply(a)), a.section().name()))
                .toList();
    }

    /** In the paper's time zone as it is now: a save of the settings may change it. */
    private DateTimeFormatter when() {
        return WHEN.withZone(publication.timeZone());
    }
}

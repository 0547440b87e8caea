package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.ArticleStatus;
import org.masthead.content.NewsroomFilter;
import org.masthead.content.NewsroomItem;
import org.masthead.content.NewsroomQueries;
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
import java.util.function.Function;

/**
 * The newsroom's front page: my drafts, what awaits review (everyone's for editors, one's own otherwise), what is
 * scheduled and when, what went out lately, and what readers read most.
 */
@Controller
class DashboardController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm z", Locale.ENGLISH);

    static final int SHOWN = 8;

    private final NewsroomQueries newsroom;
    private final StaffChromes chromes;
    private final ReadershipPanel readership;
    private final Publication publication;

    DashboardController(NewsroomQueries newsroom, StaffChromes chromes, ReadershipPanel readership, Publication publication) {
        this.newsroom = newsroom;
        this.chromes = chromes;
        this.readership = readership;
        this.publication = publication;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.VIEW_DASHBOARD);
        boolean all = me.can(Permission.EDIT_ANY);
        Long mineOnly = all ? null : me.id();
        model.addAttribute("page", new AdminPages.DashboardPage(chromes.of(me, req), "Hello, " + me.name().split(" ")[0],
                newsroom(ArticleStatus.DRAFT, me.id(), NewsroomItem::modifiedAt),
                newsroom(ArticleStatus.SUBMITTED, mineOnly, NewsroomItem::modifiedAt), all,
                newsroom(ArticleStatus.SCHEDULED, mineOnly, NewsroomItem::scheduledAt),
                published(), readership.of(publication.timeZone())));
        return "admin/dashboard";
    }

    /** The newest of one status (of one writer's, when {@code createdBy} is set), each opening in the editor. */
    private List<AdminPages.Item> newsroom(ArticleStatus status, Long createdBy, Function<NewsroomItem, Instant> time) {
        NewsroomFilter.Sort sort = status == ArticleStatus.SCHEDULED ? NewsroomFilter.Sort.SCHEDULED : NewsroomFilter.Sort.CHANGED;
        return newsroom.list(new NewsroomFilter(status, null, null, null, null, createdBy, sort), 1, SHOWN).items().stream()
                .map(a -> new AdminPages.Item(a.headline(), "/admin/articles/" + a.id(),
                        time.apply(a) == null ? "" : when().format(time.apply(a)), a.section().name()))
                .toList();
    }

    /** What went out lately, newest first, linking to the reader's page. */
    private List<AdminPages.Item> published() {
        NewsroomFilter latest = new NewsroomFilter(ArticleStatus.PUBLISHED, null, null, null, null, null, NewsroomFilter.Sort.PUBLISHED);
        return newsroom.list(latest, 1, SHOWN).items().stream()
                .map(a -> new AdminPages.Item(a.headline(), a.path(), when().format(a.firstPublishedAt()), a.section().name()))
                .toList();
    }

    /** In the paper's time zone as it is now: a save of the settings may change it. */
    private DateTimeFormatter when() {
        return WHEN.withZone(publication.timeZone());
    }
}

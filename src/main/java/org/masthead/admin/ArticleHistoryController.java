package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.admin.ArticlePages.ComparePage;
import org.masthead.admin.ArticlePages.HistoryPage;
import org.masthead.admin.ArticlePages.HistoryRow;
import org.masthead.admin.ArticleWorkflowPolicy.Action;
import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleRevisions;
import org.masthead.content.Comparison;
import org.masthead.content.Revision;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.VersionConflictException;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An article's history: every version with who and when, the differences between any two, and restoring one. */
@Controller
class ArticleHistoryController {

    private final ArticleQueries queries;
    private final ArticleRevisions revisions;
    private final StaffNames names;
    private final NewsroomTimes times;
    private final StaffChromes chromes;

    ArticleHistoryController(ArticleQueries queries, ArticleRevisions revisions, StaffNames names, NewsroomTimes times,
                             StaffChromes chromes) {
        this.queries = queries;
        this.revisions = revisions;
        this.names = names;
        this.times = times;
        this.chromes = chromes;
    }

    @GetMapping("/admin/articles/{id}/history")
    String history(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        Article a = load(id);
        ArticleWorkflowPolicy.require(me, a, Action.VIEW);
        List<Revision.Entry> entries = revisions.history(id);
        Map<Long, String> who = names.names(entries.stream().map(Revision.Entry::savedBy).toList());
        boolean mayRestore = ArticleWorkflowPolicy.allows(me, a, Action.RESTORE);
        List<HistoryRow> rows = entries.stream().map(e -> new HistoryRow(e.version(),
                ArticleViews.kind(e.kind(), e.restoredFrom()), e.savedBy() == null ? names.name(null) : who.get(e.savedBy()),
                times.when(e.savedAt()), ArticleViews.status(e.status()), e.version() == a.version(),
                mayRestore && e.version() != a.version())).toList();
        model.addAttribute("page", new HistoryPage(chromes.of(me, req), id, a.headline(), a.version(), rows,
                "/admin/articles/" + id, mayRestore));
        return "admin/article-history";
    }

    @GetMapping("/admin/articles/{id}/history/compare")
    String compare(StaffUser me, @PathVariable long id, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, HttpServletRequest req, Model model) {
        Article a = load(id);
        ArticleWorkflowPolicy.require(me, a, Action.VIEW);
        int newer = to == null ? a.version() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        if (older > newer) {
            int swap = older;
            older = newer;
            newer = swap;
        }
        Comparison c = revisions.compare(id, older, newer);
        model.addAttribute("page", new ComparePage(chromes.of(me, req), id, a.headline(), label(c.from()), label(c.to()),
                older, newer, segments(c.headline()), segments(c.standfirst()), segments(c.body()),
                c.fields().stream().map(f -> new ArticlePages.FieldChange(f.field(), f.before(), f.after())).toList(),
                c.textChanged(), ArticleWorkflowPolicy.allows(me, a, Action.RESTORE), a.version(),
                "/admin/articles/" + id + "/history", "/admin/articles/" + id));
        return "admin/article-compare";
    }

    @PostMapping("/admin/articles/{id}/restore")
    String restore(StaffUser me, @PathVariable long id, @RequestParam int revision, @RequestParam int version) {
        ArticleWorkflowPolicy.require(me, load(id), Action.RESTORE);
        try {
            revisions.restore(id, version, revision, me.id());
            return "redirect:/admin/articles/" + id + "?done=restored";
        } catch (VersionConflictException e) {
            return "redirect:/admin/articles/" + id + "?error=stale";
        } catch (InvalidInputException e) {
            throw new InvalidInputException("revision", "version " + revision + " cannot be restored as it is: "
                    + e.errors().get(0).message());
        }
    }

    private String label(Revision r) {
        return "Version " + r.version() + " · " + ArticleViews.kind(r.kind(), r.restoredFrom()).toLowerCase(Locale.ROOT)
                + " by " + names.name(r.savedBy()) + ", " + times.when(r.savedAt());
    }

    private static List<ArticlePages.Segment> segments(List<Comparison.Segment> segments) {
        return segments.stream().map(s -> new ArticlePages.Segment(s.change().name().toLowerCase(Locale.ROOT), s.text())).toList();
    }

    private Article load(long id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("no article " + id));
    }
}

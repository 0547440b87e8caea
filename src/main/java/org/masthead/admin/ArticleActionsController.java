package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.admin.ArticleWorkflowPolicy.Action;
import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleWorkflow;
import org.masthead.content.PreviewLinks;
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

import java.util.function.Supplier;

/**
 * The editor's buttons that change no field: withdraw, unpublish, delete (after a confirmation page) and
 * making a signed preview link. Each names the version it was pressed on; a stale one changes nothing.
 */
@Controller
class ArticleActionsController {

    private final ArticleQueries queries;
    private final ArticleWorkflow workflow;
    private final ArticleService articles;
    private final PreviewLinks previews;
    private final StaffChromes chromes;

    ArticleActionsController(ArticleQueries queries, ArticleWorkflow workflow, ArticleService articles,
                             PreviewLinks previews, StaffChromes chromes) {
        this.queries = queries;
        this.workflow = workflow;
        this.articles = articles;
        this.previews = previews;
        this.chromes = chromes;
    }

    @PostMapping("/admin/articles/{id}/withdraw")
    String withdraw(StaffUser me, @PathVariable long id, @RequestParam int version) {
        ArticleWorkflowPolicy.require(me, load(id), Action.WITHDRAW);
        return after(id, "withdrawn", () -> workflow.withdraw(id, version, me.id()));
    }

    @PostMapping("/admin/articles/{id}/unpublish")
    String unpublish(StaffUser me, @PathVariable long id, @RequestParam int version) {
        ArticleWorkflowPolicy.require(me, load(id), Action.UNPUBLISH);
        return after(id, "unpublished", () -> workflow.unpublish(id, version, me.id()));
    }

    /** A link to the version saved now; anyone holding it reads that version until it expires. */
    @PostMapping("/admin/articles/{id}/preview-link")
    String previewLink(StaffUser me, @PathVariable long id) {
        Article a = load(id);
        ArticleWorkflowPolicy.require(me, a, Action.VIEW);
        return "redirect:/admin/articles/" + id + "?done=preview&preview=" + previews.mint(id, a.version()).token();
    }

    @GetMapping("/admin/articles/{id}/delete")
    String confirmDelete(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        Article a = load(id);
        ArticleWorkflowPolicy.require(me, a, Action.DELETE);
        model.addAttribute("page", new ArticlePages.DeletePage(chromes.of(me, req), id, a.headline(), a.version()));
        return "admin/article-delete";
    }

    @PostMapping("/admin/articles/{id}/delete")
    String delete(StaffUser me, @PathVariable long id) {
        ArticleWorkflowPolicy.require(me, load(id), Action.DELETE);
        articles.delete(id);
        return "redirect:/admin/articles?done=deleted";
    }

    private static String after(long id, String done, Supplier<Article> change) {
        try {
            change.get();
            return "redirect:/admin/articles/" + id + "?done=" + done;
        } catch (VersionConflictException e) {
            return "redirect:/admin/articles/" + id + "?error=stale";
        }
    }

    private Article load(long id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("no article " + id));
    }
}

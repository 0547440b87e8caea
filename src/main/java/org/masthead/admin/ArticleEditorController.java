package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.admin.ArticleDesk.Step;
import org.masthead.admin.ArticleEditorViews.Extras;
import org.masthead.admin.ArticlePages.Conflict;
import org.masthead.admin.ArticleWorkflowPolicy.Action;
import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleStatus;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.VersionConflictException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;

/**
 * The editor: {@code /admin/articles/new} and {@code /admin/articles/{id}}, one plain form that works without
 * script. Its buttons save and then take a step (submit, publish, schedule) in one transaction. A save over a
 * version someone else replaced shows who and when, keeps everything typed, links to their changes and offers
 * to save over them. Publishing with pictures that lack alt text warns once. Every route asks the workflow
 * policy first, so changing the id in the address gets nothing more than a 403.
 */
@Controller
class ArticleEditorController {

    private final ArticleQueries queries;
    private final ArticleDesk desk;
    private final ArticleEditorViews views;
    private final StaffNames names;
    private final NewsroomTimes times;
    private final EditorNotices notices;

    ArticleEditorController(ArticleQueries queries, ArticleDesk desk, ArticleEditorViews views, StaffNames names,
                            NewsroomTimes times, EditorNotices notices) {
        this.queries = queries;
        this.desk = desk;
        this.views = views;
        this.names = names;
        this.times = times;
        this.notices = notices;
    }

    @GetMapping("/admin/articles/new")
    String blank(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.WRITE_DRAFTS);
        List<ArticlePages.Option> sections = views.sections("");
        ArticleForm form = ArticleForm.blank(sections.isEmpty() ? "" : sections.get(0).value());
        return show(model, views.page(me, req, null, 0, form, form.form(), Extras.NONE));
    }

    @GetMapping("/admin/articles/{id}")
    String edit(StaffUser me, @PathVariable long id, @RequestParam(required = false) String done,
                @RequestParam(required = false) String preview, @RequestParam(required = false) String error,
                HttpServletRequest req, Model model) {
        Article a = load(id);
        ArticleWorkflowPolicy.require(me, a, Action.VIEW);
        ArticleForm form = ArticleForm.of(a, times.zone());
        @SuppressWarnings("unchecked")
        List<String> removed = (List<String>) model.getAttribute("removed");
        Extras x = "stale".equals(error) ? Extras.error("Someone changed this article meanwhile; this is the current version.")
                : Extras.notice(notices.done(done), removed == null ? List.of() : removed, notices.previewLink(preview));
        return show(model, views.page(me, req, a, a.version(), form, form.form(), x));
    }

    @PostMapping("/admin/articles")
    String create(StaffUser me, @RequestParam MultiValueMap<String, String> params, HttpServletRequest req,
                  Model model, RedirectAttributes redirect) {
        me.require(Permission.WRITE_DRAFTS);
        ArticleForm form = ArticleForm.of(params);
        Step step = step(params.getFirst("action"));
        ArticleWorkflowPolicy.requireOnNew(me, action(step));
        String again = reshow(me, req, model, null, 0, form, params, step, "/admin/articles");
        if (again != null) {
            return again;
        }
        try {
            return done(desk.create(me, form, step), step, redirect);
        } catch (InvalidInputException e) {
            return show(model, views.page(me, req, null, 0, form, form.form(e), Extras.NONE));
        }
    }

    @PostMapping("/admin/articles/{id}")
    String save(StaffUser me, @PathVariable long id, @RequestParam int version,
                @RequestParam(required = false) Integer overwrite, @RequestParam MultiValueMap<String, String> params,
                HttpServletRequest req, Model model, RedirectAttributes redirect) {
        Article a = load(id);
        Step step = step(params.getFirst("action"));
        ArticleWorkflowPolicy.require(me, a, Action.EDIT);
        ArticleWorkflowPolicy.require(me, a, action(step));
        ArticleForm form = ArticleForm.of(params);
        String again = reshow(me, req, model, a, version, form, params, step, "/admin/articles/" + id);
        if (again != null) {
            return again;
        }
        try {
            return done(desk.save(me, a, overwrite != null ? overwrite : version, form, step), step, redirect);
        } catch (VersionConflictException e) {
            Article now = load(id);
            Conflict c = new Conflict(names.name(now.modifiedBy()), times.when(now.modifiedAt()), now.version(),
                    "/admin/articles/" + id + "/history/compare?from=" + version + "&to=" + now.version(),
                    "/admin/articles/" + id + "?overwrite=" + now.version());
            return show(model, views.page(me, req, now, version, form, form.form(),
                    new Extras("", "", c, List.of(), null, List.of(), null)));
        } catch (InvalidInputException e) {
            return show(model, views.page(me, req, a, version, form, form.form(e), Extras.NONE));
        }
    }

    /**
     * The form again, unsaved, when a byline button was pressed (the list without script) or when publishing
     * would send out pictures without alt text that nobody has yet agreed to; null to go on and save.
     */
    private String reshow(StaffUser me, HttpServletRequest req, Model model, Article a, int version, ArticleForm form,
                          MultiValueMap<String, String> params, Step step, String action) {
        String byline = params.getFirst("byline");
        if (byline != null) {
            ArticleForm moved = form.withBylines(byline);
            return show(model, views.page(me, req, a, version, moved, moved.form(), Extras.NONE));
        }
        boolean goesOut = step == Step.PUBLISH || step == Step.SCHEDULE
                || step == Step.SAVE && a != null && a.status() == ArticleStatus.PUBLISHED;
        List<String> missing = goesOut && params.getFirst("altChecked") == null ? AltText.missing(form) : List.of();
        if (missing.isEmpty()) {
            return null;
        }
        return show(model, views.page(me, req, a, version, form, form.form(),
                new Extras("", "", null, missing, action + "?altChecked=1&action=" + step.name().toLowerCase(Locale.ROOT),
                        List.of(), null)));
    }

    private static String done(ArticleService.Saved saved, Step step, RedirectAttributes redirect) {
        redirect.addFlashAttribute("removed", saved.removed());
        return "redirect:/admin/articles/" + saved.article().id() + "?done=" + step.name().toLowerCase(Locale.ROOT);
    }

    private static Step step(String action) {
        try {
            return action == null ? Step.SAVE : Step.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "press one of the form's buttons");
        }
    }

    private static Action action(Step step) {
        return switch (step) {
            case SAVE -> Action.EDIT;
            case SUBMIT -> Action.SUBMIT;
            case PUBLISH -> Action.PUBLISH;
            case SCHEDULE -> Action.SCHEDULE;
        };
    }

    private Article load(long id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("no article " + id));
    }

    private static String show(Model model, ArticlePages.EditorPage page) {
        model.addAttribute("page", page);
        return "admin/article-editor";
    }
}

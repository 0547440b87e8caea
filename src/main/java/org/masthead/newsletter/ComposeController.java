package org.masthead.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.ArticleStatus;
import org.masthead.content.NewsroomFilter;
import org.masthead.content.NewsroomItem;
import org.masthead.content.NewsroomQueries;
import org.masthead.newsletter.IssuePages.ComposePage;
import org.masthead.newsletter.IssuePages.Confirm;
import org.masthead.newsletter.IssuePages.Hidden;
import org.masthead.newsletter.IssuePages.Option;
import org.masthead.newsletter.IssuePages.Pick;
import org.masthead.newsletter.IssuePages.Preview;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "New issue" (/admin/newsletters/issues/new): one form that works without script. Its buttons post the whole
 * form with an {@code action} — find articles, preview, send a test to me, send now (which asks first, naming the
 * list and how many it reaches), send — so nothing typed is lost between steps.
 */
@Controller
class ComposeController {

    private static final int PICKS = 8;

    private final IssueDesk desk;
    private final IssuePreviews previews;
    private final NewsletterLists lists;
    private final Audiences audiences;
    private final NewsroomQueries newsroom;
    private final IssueTimes times;
    private final StaffChromes chromes;

    ComposeController(IssueDesk desk, IssuePreviews previews, NewsletterLists lists, Audiences audiences,
                      NewsroomQueries newsroom, IssueTimes times, StaffChromes chromes) {
        this.desk = desk;
        this.previews = previews;
        this.lists = lists;
        this.audiences = audiences;
        this.newsroom = newsroom;
        this.times = times;
        this.chromes = chromes;
    }

    @GetMapping("/admin/newsletters/issues/new")
    String form(StaffUser me, @RequestParam(required = false) String list, HttpServletRequest req,
                HttpServletResponse res, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        Map<String, String> typed = new LinkedHashMap<>(Map.of("kind", IssueDesk.BREAKING, "list", list == null ? "" : list));
        return page(me, Form.values(typed), UUID.randomUUID().toString(), "", null, null, "", req, res, model);
    }

    @PostMapping("/admin/newsletters/issues/new")
    String act(StaffUser me, @RequestParam Map<String, String> params, HttpServletRequest req, HttpServletResponse res,
               Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        Map<String, String> typed = new LinkedHashMap<>();
        IssueDesk.FIELDS.forEach(f -> typed.put(f, params.getOrDefault(f, "")));
        String key = params.getOrDefault("key", "");
        key = IssueDesk.KEY.matcher(key).matches() ? key : UUID.randomUUID().toString();
        String q = params.getOrDefault("q", "").strip();
        String action = params.getOrDefault("action", "preview");
        if (action.equals("find") || action.equals("edit")) {
            return page(me, Form.values(typed), key, q, null, null, "", req, res, model);
        }
        try {
            IssueDesk.Draft draft = desk.check(typed);
            if (action.equals("send")) {
                return "redirect:/admin/newsletters/issues/" + send(draft, me, key) + "?done=sent";
            }
            IssueContent content = desk.render(draft);
            Preview preview = previews.of(content);
            if (action.equals("confirm")) {
                Confirm confirm = new Confirm(draft.list().name(), audiences.count(draft.list()), draft.subject());
                return page(me, Form.values(typed), key, q, preview, confirm, "", req, res, model);
            }
            String notice = "";
            if (action.equals("test")) {
                int sent = previews.sendTest(content, me.email());
                notice = (sent == 1 ? "A test is on its way to " : "Two tests (subscribers' and other readers') are on their way to ")
                        + me.email() + ". Without a mail server it waits in the Outbox.";
            }
            return page(me, Form.values(typed), key, q, preview, null, notice, req, res, model);
        } catch (InvalidInputException e) {
            return page(me, Form.of(typed, e), key, q, null, null, "", req, res, model);
        }
    }

    private long send(IssueDesk.Draft draft, StaffUser me, String key) {
        try {
            return desk.send(draft, me.id(), key);
        } catch (DuplicateKeyException pressedTwice) {
            return desk.sentWith(key).orElseThrow(() -> pressedTwice);
        }
    }

    private String page(StaffUser me, Form form, String key, String q, Preview preview, Confirm confirm, String notice,
                        HttpServletRequest req, HttpServletResponse res, Model model) {
        res.setHeader("Content-Security-Policy", IssuesController.PREVIEW_CSP);
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Choose a newsletter", form.value("list").isEmpty()));
        lists.active().forEach(l -> options.add(new Option(String.valueOf(l.id()),
                l.name() + (l.kind() == ListKind.OFFERS ? " (offers)" : ""), form.value("list").equals(String.valueOf(l.id())))));
        model.addAttribute("page", new ComposePage(chromes.of(me, req), NewsletterNavigation.tabs(me, "issues"), form,
                key, options, q, picks(q, form.value("article")),
                IssueDesk.FIELDS.stream().map(f -> new Hidden(f, form.value(f))).toList(), preview, confirm, notice));
        return "newsletter/compose";
    }

    /** Published articles matching {@code q} (the newest without one), the chosen one kept in the list. */
    private List<Pick> picks(String q, String chosen) {
        NewsroomFilter filter = new NewsroomFilter(ArticleStatus.PUBLISHED, null, null, null, q.isEmpty() ? null : q,
                null, NewsroomFilter.Sort.PUBLISHED);
        List<NewsroomItem> found = new ArrayList<>(newsroom.list(filter, 1, PICKS).items());
        if (chosen.matches("[0-9]{1,18}") && found.stream().noneMatch(i -> String.valueOf(i.id()).equals(chosen))) {
            newsroom.items(List.of(Long.parseLong(chosen))).stream()
                    .filter(i -> i.status() == ArticleStatus.PUBLISHED).forEach(i -> found.add(0, i));
        }
        return found.stream().map(i -> new Pick(i.id(), i.headline(), times.pickDetail(i),
                String.valueOf(i.id()).equals(chosen))).toList();
    }
}

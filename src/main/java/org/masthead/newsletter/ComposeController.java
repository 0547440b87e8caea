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

    /** What the form holds: the typed fields, its own key, and the words the article list was searched for. */
    private record Typed(Map<String, String> fields, String key, String q) { }

    @GetMapping("/admin/newsletters/issues/new")
    String form(StaffUser me, @RequestParam(required = false) String list, HttpServletRequest req,
                HttpServletResponse res, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", IssueDesk.BREAKING, "list", list == null ? "" : list));
        Typed t = new Typed(fields, UUID.randomUUID().toString(), "");
        return page(me, t, Form.values(fields), null, null, "", req, res, model);
    }

    @PostMapping("/admin/newsletters/issues/new")
    String act(StaffUser me, @RequestParam Map<String, String> params, HttpServletRequest req, HttpServletResponse res,
               Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        Typed t = typed(params);
        String action = params.getOrDefault("action", "preview");
        if (action.equals("find") || action.equals("edit")) {
            return page(me, t, Form.values(t.fields()), null, null, "", req, res, model);
        }
        try {
            IssueDesk.Draft draft = desk.check(t.fields());
            return action.equals("send") ? "redirect:/admin/newsletters/issues/" + send(draft, me, t.key()) + "?done=sent"
                    : shown(me, t, draft, action, req, res, model);
        } catch (InvalidInputException e) {
            return page(me, t, Form.of(t.fields(), e), null, null, "", req, res, model);
        } catch (SendRefusedException refused) { // nothing was stored: the issue rolled back with the send
            return page(me, t, Form.of(t.fields(), new InvalidInputException("list", refused.getMessage())), null, null, "",
                    req, res, model);
        }
    }

    /** The draft's preview, with the question before sending ("confirm") or after a test to oneself ("test"). */
    private String shown(StaffUser me, Typed t, IssueDesk.Draft draft, String action, HttpServletRequest req,
                         HttpServletResponse res, Model model) {
        IssueContent content = desk.render(draft);
        Confirm confirm = action.equals("confirm")
                ? new Confirm(draft.list().name(), audiences.count(draft.list()), draft.subject()) : null;
        String notice = "";
        if (action.equals("test")) {
            notice = (previews.sendTest(content, me.email()) == 1 ? "A test is on its way to "
                    : "Two tests (subscribers' and other readers') are on their way to ") + me.email()
                    + ". Without a mail server it waits in the Outbox.";
        }
        return page(me, t, Form.values(t.fields()), previews.of(content), confirm, notice, req, res, model);
    }

    private static Typed typed(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        IssueDesk.FIELDS.forEach(f -> fields.put(f, params.getOrDefault(f, "")));
        String key = params.getOrDefault("key", "");
        return new Typed(fields, IssueDesk.KEY.matcher(key).matches() ? key : UUID.randomUUID().toString(),
                params.getOrDefault("q", "").strip());
    }

    private long send(IssueDesk.Draft draft, StaffUser me, String key) {
        try {
            return desk.send(draft, me.id(), key);
        } catch (DuplicateKeyException pressedTwice) {
            return desk.sentWith(key).orElseThrow(() -> pressedTwice);
        }
    }

    private String page(StaffUser me, Typed t, Form form, Preview preview, Confirm confirm, String notice,
                        HttpServletRequest req, HttpServletResponse res, Model model) {
        res.setHeader("Content-Security-Policy", IssuesController.PREVIEW_CSP);
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Choose a newsletter", form.value("list").isEmpty()));
        lists.active().forEach(l -> options.add(new Option(String.valueOf(l.id()),
                l.name() + (l.kind() == ListKind.OFFERS ? " (offers)" : ""), form.value("list").equals(String.valueOf(l.id())))));
        model.addAttribute("page", new ComposePage(chromes.of(me, req), NewsletterNavigation.tabs(me, "issues"), form,
                t.key(), options, t.q(), picks(t.q(), form.value("article")),
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

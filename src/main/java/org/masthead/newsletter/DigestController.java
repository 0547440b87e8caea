package org.masthead.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.newsletter.IssuePages.Confirm;
import org.masthead.newsletter.IssuePages.DigestPage;
import org.masthead.newsletter.IssuePages.Preview;
import org.masthead.platform.NotFoundException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * A digest list's next digest as it would be made now (/admin/newsletters/issues/digest/{list}): its window and
 * stories, both variants, a test to oneself, and "Send the digest now", which asks first.
 */
@Controller
class DigestController {

    private final Digests digests;
    private final IssueBuilder builder;
    private final IssuePreviews previews;
    private final NewsletterLists lists;
    private final Audiences audiences;
    private final IssueTimes times;
    private final StaffChromes chromes;

    DigestController(Digests digests, IssueBuilder builder, IssuePreviews previews, NewsletterLists lists,
                     Audiences audiences, IssueTimes times, StaffChromes chromes) {
        this.digests = digests;
        this.builder = builder;
        this.previews = previews;
        this.lists = lists;
        this.audiences = audiences;
        this.times = times;
        this.chromes = chromes;
    }

    @GetMapping("/admin/newsletters/issues/digest/{listId}")
    String next(StaffUser me, @PathVariable long listId, HttpServletRequest req, HttpServletResponse res, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        return page(me, digestList(listId), null, "", req, res, model);
    }

    @PostMapping("/admin/newsletters/issues/digest/{listId}/test")
    String test(StaffUser me, @PathVariable long listId, HttpServletRequest req, HttpServletResponse res, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        NewsletterList list = digestList(listId);
        Optional<IssueContent> next = render(list, digests.next(list));
        String notice = next.map(c -> previews.sendTest(c, me.email()))
                .map(n -> "A test of the next digest is on its way to " + me.email() + ".")
                .orElse("Nothing is new since the last digest, so there is nothing to test.");
        return page(me, list, null, notice, req, res, model);
    }

    @PostMapping("/admin/newsletters/issues/digest/{listId}/send")
    String send(StaffUser me, @PathVariable long listId, @RequestParam(required = false) String confirm,
                HttpServletRequest req, HttpServletResponse res, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        NewsletterList list = digestList(listId);
        if (!"yes".equals(confirm)) {
            Confirm question = new Confirm(list.name(), audiences.count(list), "");
            return page(me, list, question, "", req, res, model);
        }
        try {
            return digests.sendNow(list, me.id()).map(id -> "redirect:/admin/newsletters/issues/" + id + "?done=sent")
                    .orElseGet(() -> page(me, list, null, "Nothing is new since the last digest; nothing was sent.", req, res, model));
        } catch (SendRefusedException refused) { // nothing was stored: the issue rolled back with the send
            return page(me, list, null, refused.getMessage(), req, res, model);
        }
    }

    private NewsletterList digestList(long listId) {
        return lists.find(listId).filter(l -> !l.archived() && l.cadence() != Cadence.MANUAL)
                .orElseThrow(() -> new NotFoundException("no digest list " + listId));
    }

    private Optional<IssueContent> render(NewsletterList list, Digests.Window w) {
        return w.articles().isEmpty() ? Optional.empty() : Optional.of(builder.digest(list, w.articles(), null));
    }

    private String page(StaffUser me, NewsletterList list, Confirm confirm, String notice, HttpServletRequest req,
                        HttpServletResponse res, Model model) {
        Digests.Window w = digests.next(list);
        Preview preview = render(list, w).map(previews::of).orElse(null);
        res.setHeader("Content-Security-Policy", IssuesController.PREVIEW_CSP);
        model.addAttribute("page", new DigestPage(chromes.of(me, req), NewsletterNavigation.tabs(me, "issues"), list.id(),
                list.name(), DigestPeriods.describe(list), times.when(w.from()) + " to now", w.articles().size(), preview,
                confirm, notice));
        return "newsletter/next-digest";
    }
}

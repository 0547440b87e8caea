package org.masthead.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.newsletter.SendPages.Progress;
import org.masthead.newsletter.SendReportRepository.Failure;
import org.masthead.newsletter.SendReportRepository.Listed;
import org.masthead.newsletter.SendReportRepository.ReasonCount;
import org.masthead.platform.NotFoundException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Duration;
import java.util.List;

/**
 * The sends: recent ones with their totals, and one send's progress while it runs (its JSON polled by a small
 * script; a reload shows the same without it) and its report afterwards. Editors and up (SEND_NEWSLETTERS).
 */
@Controller
class SendsController {

    static final int RECENT = 50;
    static final int FAILURES_SHOWN = 200;

    private final SendReportRepository reports;
    private final SendViews views;
    private final Sends sends;
    private final StaffChromes chromes;

    SendsController(SendReportRepository reports, SendViews views, Sends sends, StaffChromes chromes) {
        this.reports = reports;
        this.views = views;
        this.sends = sends;
        this.chromes = chromes;
    }

    @GetMapping("/admin/newsletters/sends")
    String list(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        model.addAttribute("page", new SendPages.SendsPage(chromes.of(me, req), NewsletterNavigation.tabs(me, "sends"),
                views.rows(reports.recent(RECENT))));
        return "newsletter/sends";
    }

    @GetMapping("/admin/newsletters/sends/{id}")
    String show(StaffUser me, @PathVariable long id, @RequestParam(required = false) String done,
                HttpServletRequest req, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        Listed l = find(id);
        Send s = l.send();
        List<ReasonCount> reasons = reports.byReason(id);
        List<SendPages.Failure> failed = reports.failures(id, FAILURES_SHOWN).stream().map(SendsController::failure).toList();
        model.addAttribute("page", new SendPages.SendPage(chromes.of(me, req), NewsletterNavigation.tabs(me, "sends"),
                id, l.subject(), l.listName(), views.startedBy(s), views.when(s.startedAt()), views.when(s.finishedAt()),
                s.finishedAt() == null ? "" : SendViews.duration(Duration.between(s.startedAt(), s.finishedAt())),
                views.progress(s), counts(reasons, "FAILED"), counts(reasons, "EXCLUDED"), counts(reasons, "RETRY"),
                failed, s.state() == SendState.FAILED, "resumed".equals(done) ? "Resumed: the workers take it up again." : ""));
        return "newsletter/send";
    }

    @GetMapping(value = "/admin/newsletters/sends/{id}/progress.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Progress progress(StaffUser me, @PathVariable long id) {
        me.require(Permission.SEND_NEWSLETTERS);
        return views.progress(find(id).send());
    }

    @PostMapping("/admin/newsletters/sends/{id}/resume")
    String resume(StaffUser me, @PathVariable long id) {
        me.require(Permission.SEND_NEWSLETTERS);
        sends.resume(id);
        return "redirect:/admin/newsletters/sends/" + id + "?done=resumed";
    }

    private Listed find(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("no send " + id));
    }

    private static List<SendPages.Reason> counts(List<ReasonCount> reasons, String outcome) {
        return reasons.stream().filter(r -> r.outcome().equals(outcome))
                .map(r -> new SendPages.Reason(Reason.labelOf(r.reason()), SendViews.number(r.count()))).toList();
    }

    private static SendPages.Failure failure(Failure f) {
        return new SendPages.Failure(f.address() == null ? "(forgotten: account deleted)" : f.address(),
                f.outcome().equals("RETRY") ? "retrying" : "failed", Reason.labelOf(f.reason()),
                f.detail() == null ? "" : f.detail(), String.valueOf(f.attempts()));
    }
}

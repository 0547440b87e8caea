package org.masthead.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffService;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;

/**
 * Suppressed addresses: search, why each is suppressed and since when, re-enable one (after a confirmation), add
 * one by hand. Admins (MANAGE_NEWSLETTERS).
 */
@Controller
class SuppressionsController {

    static final int SHOWN = 100;

    private final Suppressions suppressions;
    private final SendViews views;
    private final StaffService staff;
    private final StaffChromes chromes;

    SuppressionsController(Suppressions suppressions, SendViews views, StaffService staff, StaffChromes chromes) {
        this.suppressions = suppressions;
        this.views = views;
        this.staff = staff;
        this.chromes = chromes;
    }

    @GetMapping("/admin/newsletters/suppressions")
    String list(StaffUser me, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String done,
                HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        String notice = done == null ? "" : switch (done) {
            case "added" -> "Suppressed: no newsletter goes to this address until it is re-enabled.";
            case "lifted" -> "Re-enabled: newsletters go to this address again.";
            default -> "";
        };
        return page(me, q, Form.EMPTY, notice, req, model);
    }

    @PostMapping("/admin/newsletters/suppressions")
    String add(StaffUser me, @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String note,
               HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        try {
            suppressions.addByHand(address, note, me.id());
        } catch (InvalidInputException e) {
            return page(me, "", Form.of(Map.of("address", address, "note", note), e), "", req, model);
        }
        return "redirect:" + search(Suppressions.normalise(address), "added");
    }

    @PostMapping("/admin/newsletters/suppressions/{id}/lift")
    String lift(StaffUser me, @PathVariable long id) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        Suppression s = suppressions.require(id);
        suppressions.lift(id, me.id());
        return "redirect:" + search(s.address(), "lifted");
    }

    private String page(StaffUser me, String query, Form form, String notice, HttpServletRequest req, Model model) {
        List<Suppression> found = suppressions.search(query, SHOWN + 1);
        List<SuppressionPages.Row> rows = found.stream().limit(SHOWN).map(this::row).toList();
        model.addAttribute("page", new SuppressionPages.SuppressionsPage(chromes.of(me, req),
                NewsletterNavigation.tabs(me, "suppressions"), query.strip(), rows, found.size() > SHOWN, form, notice));
        return "newsletter/suppressions";
    }

    private SuppressionPages.Row row(Suppression s) {
        String reason = switch (s.reason()) {
            case BOUNCE -> "Bounced";
            case COMPLAINT -> "Complaint";
            case MANUAL -> "By hand" + (s.createdBy() == null ? "" : ", " + name(s.createdBy()));
        };
        String look = s.reason() == Suppression.Reason.MANUAL ? "info" : "bad";
        String lifted = s.active() ? "" : "Re-enabled " + views.when(s.liftedAt()) + " by " + name(s.liftedBy());
        return new SuppressionPages.Row(s.id(), s.address(), reason, s.active() ? look : "", s.detail() == null ? "" : s.detail(),
                views.when(s.createdAt()), s.active(), lifted);
    }

    private String name(Long staffId) {
        return staffId == null ? "—" : staff.user(staffId).map(StaffUser::name).orElse("a former colleague");
    }

    private static String search(String query, String done) {
        return UriComponentsBuilder.fromPath("/admin/newsletters/suppressions").queryParam("q", query)
                .queryParam("done", done).encode().build().toUriString();
    }
}

package org.masthead.paywall;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.members.Member;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.PublicationProperties;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Subscribers: recent subscriptions (or one member's, found by number or e-mail address), and subscriptions
 * granted by hand.
 */
@Controller
class SubscriptionAdminController {

    private final SubscriptionRepository subscriptions;
    private final PlanService plans;
    private final Comps comps;
    private final StaffChromes chromes;
    private final PublicationProperties publication;
    private final Clock clock;
    private final DateTimeFormatter day;

    SubscriptionAdminController(SubscriptionRepository subscriptions, PlanService plans, Comps comps,
                                StaffChromes chromes, PublicationProperties publication, Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.comps = comps;
        this.chromes = chromes;
        this.publication = publication;
        this.clock = clock;
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(publication.timeZone());
    }

    @GetMapping("/admin/subscriptions")
    String list(StaffUser me, @RequestParam(required = false) String member, @RequestParam(required = false) String done,
                HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        String notice = done == null ? "" : switch (done) {
            case "granted" -> "Subscription granted.";
            case "ended" -> "Comp ended. The member no longer reads as a subscriber.";
            default -> "";
        };
        return page(me, member, Form.EMPTY, notice, req, model);
    }

    @PostMapping("/admin/subscriptions/comps")
    String grant(StaffUser me, @RequestParam Map<String, String> params, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : Comps.FIELDS) {
            typed.put(f, params.getOrDefault(f, ""));
        }
        try {
            return "redirect:/admin/subscriptions?member=" + comps.grant(me.id(), typed) + "&done=granted";
        } catch (InvalidInputException e) {
            return page(me, null, Form.of(typed, e), "", req, model);
        }
    }

    @PostMapping("/admin/subscriptions/comps/{id}/end")
    String end(StaffUser me, @PathVariable long id) {
        me.require(Permission.MANAGE_PLANS);
        return "redirect:/admin/subscriptions?member=" + comps.end(id) + "&done=ended";
    }

    private String page(StaffUser me, String member, Form form, String notice, HttpServletRequest req, Model model) {
        String typed = member == null ? "" : member.trim();
        Optional<Member> found = typed.isEmpty() ? Optional.empty() : comps.find(typed);
        Long memberId = found.map(Member::id).orElse(StripeEvent.id(typed)); // a deleted member's rows stay findable
        Instant now = clock.instant();
        List<SubscriptionPages.Row> rows = typed.isEmpty() || memberId != null
                ? subscriptions.recent(memberId, 100).stream().map(s -> row(s, now)).toList() : List.of();
        String heading = typed.isEmpty() ? "Recent subscriptions" : memberId == null ? "No such reader"
                : "Member " + memberId + found.map(m -> " · " + m.email()).orElse("");
        List<PlanPages.Option> options = new ArrayList<>();
        options.add(new PlanPages.Option("", "No particular plan", form.value("plan").isEmpty()));
        plans.all().forEach(p -> options.add(new PlanPages.Option(String.valueOf(p.id()), p.name(),
                form.value("plan").equals(String.valueOf(p.id())))));
        model.addAttribute("page", new SubscriptionPages.SubscribersPage(chromes.of(me, req), rows, typed, heading,
                !typed.isEmpty() && memberId == null, form, options,
                LocalDate.ofInstant(now, publication.timeZone()).toString(), notice));
        return "paywall/subscriptions";
    }

    private SubscriptionPages.Row row(Subscription s, Instant now) {
        boolean entitled = EntitlementRule.entitled(s, now);
        boolean ranOut = !entitled && (s.state() == SubscriptionState.PAST_DUE || s.state() == SubscriptionState.COMPED);
        String state = ranOut ? "lapsed" : s.state().wireName().replace('_', ' ');
        String look = entitled ? (s.state() == SubscriptionState.PAST_DUE ? "warn" : "ok")
                : s.state() == SubscriptionState.INCOMPLETE ? "warn" : "bad";
        Instant until = switch (s.state()) {
            case PAST_DUE -> s.graceUntil();
            case TRIALING, ACTIVE -> s.currentPeriodEnd();
            default -> s.endsAt();
        };
        boolean runningComp = s.state() == SubscriptionState.COMPED && entitled; // runs to the end of its last day
        String untilText = until == null ? "" : (entitled ? "" : "ended ") + day.format(runningComp ? until.minusNanos(1) : until)
                + (s.state() == SubscriptionState.PAST_DUE && entitled ? " (grace)" : "")
                + (s.cancelAtPeriodEnd() && entitled ? " (cancels)" : "");
        String detail = s.comp() ? s.note() : s.stripeSubscriptionId();
        return new SubscriptionPages.Row(s.id(), s.memberId(), s.planName() == null ? "—" : s.planName(),
                s.comp() ? "Granted" : "Stripe", state,
                look, untilText, detail == null ? "" : detail, s.comp() && entitled);
    }
}

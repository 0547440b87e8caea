package org.masthead.paywall;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
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

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plans and offers: /admin/plans. A save that Stripe refuses is kept, and the refusal shown. */
@Controller
class PlanAdminController {

    private final PlanService plans;
    private final StaffChromes chromes;
    private final StripeProperties stripe;
    private final PublicationProperties publication;
    private final DateTimeFormatter day;

    PlanAdminController(PlanService plans, StaffChromes chromes, StripeProperties stripe, PublicationProperties publication) {
        this.plans = plans;
        this.chromes = chromes;
        this.stripe = stripe;
        this.publication = publication;
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(publication.timeZone());
    }

    @GetMapping("/admin/plans")
    String list(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        return listPage(me, Form.values(Map.of("active", "true", "trialDays", "0")), "", req, model);
    }

    @PostMapping("/admin/plans")
    String create(StaffUser me, @RequestParam Map<String, String> params, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        Map<String, String> typed = typed(params, PlanForm.PLAN_FIELDS);
        try {
            return "redirect:/admin/plans/" + plans.create(typed) + "?done=created";
        } catch (InvalidInputException e) {
            return listPage(me, Form.of(typed, e), "", req, model);
        } catch (StripeGateway.StripeUnavailable e) {
            return listPage(me, Form.EMPTY, "Plan saved, but Stripe refused it: " + e.getMessage(), req, model);
        }
    }

    @GetMapping("/admin/plans/{id}")
    String plan(StaffUser me, @PathVariable long id, @RequestParam(required = false) String done,
                HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        Plan plan = plans.find(id).orElseThrow(() -> new NotFoundException("plan " + id));
        String notice = done == null ? "" : switch (done) {
            case "created" -> "Plan created.";
            case "saved" -> "Plan saved.";
            case "offer" -> "Offer added.";
            case "ended" -> "Offer ended. New subscribers pay the regular price.";
            case "stripe" -> "Stripe is up to date.";
            default -> "";
        };
        return planPage(me, plan, Form.values(PlanForm.values(plan)), Form.EMPTY, notice, "", req, model);
    }

    @PostMapping("/admin/plans/{id}")
    String update(StaffUser me, @PathVariable long id, @RequestParam Map<String, String> params,
                  HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        Map<String, String> typed = typed(params, PlanForm.PLAN_FIELDS);
        return attempt(me, id, () -> plans.update(id, typed), "saved", typed, null, req, model);
    }

    @PostMapping("/admin/plans/{id}/offers")
    String addOffer(StaffUser me, @PathVariable long id, @RequestParam Map<String, String> params,
                    HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        Map<String, String> typed = typed(params, PlanForm.OFFER_FIELDS);
        return attempt(me, id, () -> plans.addOffer(id, typed), "offer", null, typed, req, model);
    }

    @PostMapping("/admin/plans/{id}/offers/{offerId}/end")
    String endOffer(StaffUser me, @PathVariable long id, @PathVariable long offerId) {
        me.require(Permission.MANAGE_PLANS);
        plans.endOffer(id, offerId);
        return "redirect:/admin/plans/" + id + "?done=ended";
    }

    @PostMapping("/admin/plans/{id}/stripe")
    String sync(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_PLANS);
        return attempt(me, id, () -> plans.sync(id), "stripe", null, null, req, model);
    }

    /**
     * Runs a change to plan {@code id}; on refused input shows the page again with what was typed (in the plan
     * form or the offer form), and on a Stripe refusal shows the saved plan with Stripe's message.
     */
    private String attempt(StaffUser me, long id, Runnable change, String done, Map<String, String> plan,
                           Map<String, String> offer, HttpServletRequest req, Model model) {
        Plan before = plans.find(id).orElseThrow(() -> new NotFoundException("plan " + id));
        try {
            change.run();
            return "redirect:/admin/plans/" + id + "?done=" + done;
        } catch (InvalidInputException e) {
            Form planShown = plan == null ? Form.values(PlanForm.values(before)) : Form.of(plan, e);
            Form offerShown = offer == null ? Form.EMPTY : Form.of(offer, e);
            return planPage(me, before, planShown, offerShown, "", "", req, model);
        } catch (StripeGateway.StripeUnavailable e) {
            Plan saved = plans.find(id).orElseThrow();
            return planPage(me, saved, Form.values(PlanForm.values(saved)), Form.EMPTY, "",
                    "Saved, but Stripe refused it: " + e.getMessage(), req, model);
        }
    }

    private String listPage(StaffUser me, Form form, String warning, HttpServletRequest req, Model model) {
        List<PlanPages.PlanRow> rows = plans.all().stream().map(p -> new PlanPages.PlanRow(p.id(), p.name(),
                prices(p), p.trialDays() == 0 ? "none" : p.trialDays() + " days", p.active(), stripeState(p),
                stripe.payments() && !missing(p))).toList();
        model.addAttribute("page", new PlanPages.PlansPage(chromes.of(me, req), rows, form, stripe.payments(), warning));
        return "paywall/plans";
    }

    private String planPage(StaffUser me, Plan plan, Form form, Form offerForm, String notice, String warning,
                            HttpServletRequest req, Model model) {
        List<PlanPages.OfferRow> offers = plans.offers(plan.id()).stream().map(o -> new PlanPages.OfferRow(o.id(),
                o.describe(plan, publication.locale()), o.active(), o.stripeCouponId() == null ? "" : o.stripeCouponId(),
                day.format(o.createdAt()), o.endedAt() == null ? "" : day.format(o.endedAt()))).toList();
        List<PlanPages.Option> intervals = plan.intervals().stream().map(i -> new PlanPages.Option(i.wireName(),
                i == BillingInterval.MONTH ? "Monthly" : "Yearly", i.wireName().equals(offerForm.value("interval")))).toList();
        model.addAttribute("page", new PlanPages.PlanPage(chromes.of(me, req), plan.id(), plan.name(), form, offers,
                offerForm, intervals, plan.currency(), stripe.payments(), stripe.payments() && missing(plan), notice, warning));
        return "paywall/plan";
    }

    private String prices(Plan p) {
        return String.join(" or ", p.intervals().stream().map(i -> Money.format(p.amount(i), p.currency(),
                publication.locale()) + (i == BillingInterval.MONTH ? " a month" : " a year")).toList());
    }

    private String stripeState(Plan p) {
        if (!stripe.payments()) {
            return "Payments not set up";
        }
        return missing(p) ? "Not in Stripe yet" : "In Stripe";
    }

    private static boolean missing(Plan p) {
        return p.intervals().stream().anyMatch(i -> p.priceId(i) == null);
    }

    /** Only the form's own fields, so nothing else a client sends reaches the form or the page. */
    private static Map<String, String> typed(Map<String, String> params, String[] fields) {
        Map<String, String> out = new LinkedHashMap<>();
        Arrays.stream(fields).forEach(f -> out.put(f, params.getOrDefault(f, "")));
        return out;
    }
}

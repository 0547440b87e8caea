package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.MemberAccounts;
import org.masthead.members.ReaderIdentity;
import org.masthead.members.Readers;
import org.masthead.paywall.Checkout;
import org.masthead.paywall.PlanService;
import org.masthead.platform.SecurityHeaders;
import org.masthead.site.SubscribePages.LandingPage;
import org.masthead.site.SubscribePages.PlanPanel;
import org.masthead.site.SubscribePages.SubscribePage;
import org.masthead.site.Views.Meta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The subscribe page (plans, prices in the paper's locale, offers, trials; a plain form per price), the
 * hand-over to Stripe Checkout and the customer portal, and the pages Checkout returns to. Personal (who is
 * signed in, what they subscribe to), so never a {@code @PublicPage}: the page cache and CDNs never keep it.
 * Its forms lead to Stripe's pages, which the page's own content security policy allows. Who is signed in comes
 * from the reader's database session ({@link Readers#signedIn}): buying is an account action, so an identity
 * cookie alone is not enough.
 */
@Controller
class SubscribeController {

    static final String CSP = SecurityHeaders.cspWithFormsTo("https://checkout.stripe.com", "https://billing.stripe.com");
    /** Where readers sign in (or, from there, sign up), to come back here. */
    static final String SIGN_IN = Outcomes.carrying("/account/sign-in", "/subscribe");
    /** Where the customer portal may send the reader back to: the page whose Plan panel they left from. */
    private static final Set<String> PORTAL_RETURNS = Set.of("/subscribe", "/account");

    private final PlanService plans;
    private final Checkout checkout;
    private final Readers readers;
    private final MemberAccounts accounts;
    private final PlanPanels panels;
    private final ViewParts parts;

    SubscribeController(PlanService plans, Checkout checkout, Readers readers, MemberAccounts accounts,
                        PlanPanels panels, ViewParts parts) {
        this.plans = plans;
        this.checkout = checkout;
        this.readers = readers;
        this.accounts = accounts;
        this.panels = panels;
        this.parts = parts;
    }

    @GetMapping("/subscribe")
    ModelAndView subscribe(HttpServletRequest req, HttpServletResponse res) {
        return page(req, res, "");
    }

    @PostMapping("/subscribe")
    ModelAndView start(@RequestParam(defaultValue = "") String plan, @RequestParam(defaultValue = "") String interval,
                       HttpServletRequest req, HttpServletResponse res) {
        Optional<ReaderIdentity> reader = readers.signedIn(req);
        if (reader.isEmpty()) {
            return page(req, res, "Sign in or create a free account first, then choose your plan.");
        }
        try {
            long planId = plan.matches("[0-9]{1,18}") ? Long.parseLong(plan) : 0;
            long member = reader.get().memberId();
            return away(checkout.start(member, accounts.member(member).email(), planId, interval));
        } catch (Checkout.Refused e) {
            return page(req, res, e.getMessage());
        }
    }

    @PostMapping("/subscribe/manage")
    ModelAndView manage(@RequestParam(defaultValue = "/subscribe") String back, HttpServletRequest req,
                        HttpServletResponse res) {
        Optional<ReaderIdentity> reader = readers.signedIn(req);
        if (reader.isEmpty()) {
            return page(req, res, "Sign in to manage your subscription.");
        }
        try {
            String returnTo = PORTAL_RETURNS.contains(back) ? back : "/subscribe";
            return checkout.portal(reader.get().memberId(), returnTo).map(this::away)
                    .orElseGet(() -> page(req, res, "There is no paid subscription to manage on this account."));
        } catch (Checkout.Refused e) {
            return page(req, res, e.getMessage());
        }
    }

    @GetMapping("/subscribe/welcome")
    ModelAndView welcome(HttpServletRequest req, HttpServletResponse res) {
        PlanPanel panel = readers.signedIn(req).map(r -> panels.of(r.memberId())).orElse(null);
        return landing(res, "Thank you for subscribing", panel != null && panel.subscriber()
                ? "Your subscription is active. Every story is yours to read."
                : "Your payment is being confirmed; this usually takes a few seconds. Reload this page to see your plan.",
                panel);
    }

    @GetMapping("/subscribe/cancelled")
    ModelAndView cancelled(HttpServletResponse res) {
        return landing(res, "No payment was taken",
                "You left the payment page before subscribing. Your plans are still here whenever you want them.", null);
    }

    private ModelAndView page(HttpServletRequest req, HttpServletResponse res, String error) {
        Optional<ReaderIdentity> reader = readers.signedIn(req);
        PlanPanel current = reader.map(r -> panels.of(r.memberId())).orElse(null);
        String name = parts.publication().name();
        Meta meta = meta("Subscribe | " + name, "Subscribe to " + name + ": every story, on every device.", "/subscribe");
        var offering = panels.views().offering(plans.forSale(), checkout.payments(), reader.isPresent(), current);
        res.setHeader("Content-Security-Policy", CSP);
        return new ModelAndView("site/subscribe", Map.of("page",
                new SubscribePage(parts.chrome(), meta, offering, error, SIGN_IN)));
    }

    private ModelAndView landing(HttpServletResponse res, String title, String message,
                                 PlanPanel panel) {
        res.setHeader("Content-Security-Policy", CSP);
        Meta meta = meta(title + " | " + parts.publication().name(), message, null);
        return new ModelAndView("site/subscribe-landing", Map.of("page",
                new LandingPage(parts.chrome(), meta, title, message, panel)));
    }

    private Meta meta(String title, String description, String path) {
        return new Meta(title, description, path == null ? null : parts.absolute(path), "website", null, null, null,
                List.of(), null, null, null, null, null, List.of());
    }

    /** To Stripe's page: 303, so the browser follows the POST with a GET. */
    private ModelAndView away(String url) {
        RedirectView to = new RedirectView(url);
        to.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(to);
    }
}

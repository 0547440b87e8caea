package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.ReaderSessions;
import org.masthead.members.ReaderSignIn;
import org.masthead.members.ReaderSignIn.Outcome;
import org.masthead.members.Readers;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.site.ReaderPages.CodePage;
import org.masthead.site.ReaderPages.ConfirmPage;
import org.masthead.site.ReaderPages.SignInPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Reader sign-in: e-mail and password, or a code and link by e-mail (the same form, two buttons), the code
 * page, the landing page of a sign-in link, and signing out. Every success goes where the reader was headed.
 */
@Controller
class ReaderSignInController {

    static final String LINK_SPENT = "That sign-in link has expired or was used already. Ask for a new one.";
    static final String WRONG = "That e-mail address and password do not match an account. No password? E-mail "
            + "yourself a code instead.";

    private final ReaderSignIn signIn;
    private final ReaderSessions sessions;
    private final Readers readers;
    private final ReaderViews views;

    ReaderSignInController(ReaderSignIn signIn, ReaderSessions sessions, Readers readers, ReaderViews views) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.readers = readers;
        this.views = views;
    }

    @GetMapping("/account/sign-in")
    String form(@RequestParam(required = false) String next, @RequestParam(required = false) String signedOut,
                @RequestParam(required = false) String saving, HttpServletRequest req, HttpServletResponse res, Model model) {
        // a reader whose identity cookie expired, sent here by the paywall's sign-in wall, goes back renewed
        if ((readers.identityStale(req) ? sessions.renew(req, res) : readers.signedIn(req)).isPresent()) {
            return "redirect:" + Outcomes.next(next);
        }
        String notice = signedOut != null ? "You are signed out." : "";
        return page(Form.EMPTY, next, notice, "", saving != null, res, model);
    }

    /** Binds the e-mail, password and destination only: nothing else a client adds changes anything. */
    @PostMapping("/account/sign-in")
    String password(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                    @RequestParam(required = false) String next, HttpServletRequest req, HttpServletResponse res,
                    Model model) {
        Form typed = Form.values(Map.of("email", email));
        if (password.isEmpty()) {
            res.setStatus(400);
            return page(new Form(typed.values(), Map.of("password", "Enter your password, or e-mail yourself a code")),
                    next, "", "", false, res, model);
        }
        Outcome outcome = signIn.password(email, password, next, req, res);
        if (outcome instanceof Outcome.SignedIn s) {
            return Outcomes.redirect(s);
        }
        if (outcome instanceof Outcome.Throttled t) {
            return page(typed, next, "", ReaderViews.throttled(t.retryAfter(), res), false, res, model);
        }
        res.setStatus(401);
        return page(typed, next, "", WRONG, false, res, model);
    }

    @PostMapping("/account/sign-in/email")
    String emailMe(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) String next,
                   HttpServletRequest req, HttpServletResponse res, Model model) {
        Form typed = Form.values(Map.of("email", email));
        try {
            Outcome outcome = signIn.emailMe(email, next, req, res);
            if (outcome instanceof Outcome.Throttled t) {
                return page(typed, next, "", ReaderViews.throttled(t.retryAfter(), res), false, res, model);
            }
            return "redirect:/account/code";
        } catch (InvalidInputException e) {
            res.setStatus(400);
            return page(Form.of(typed.values(), e), next, "", "", false, res, model);
        }
    }

    @GetMapping("/account/code")
    String codeForm(HttpServletRequest req, HttpServletResponse res, Model model) {
        var pending = signIn.pendingEmail(req);
        if (pending.isEmpty()) {
            return "redirect:/account/sign-in";
        }
        return codePage(pending.get(), "", res, model);
    }

    @PostMapping("/account/code")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest req, HttpServletResponse res,
                Model model) {
        Outcome outcome = signIn.code(code, req, res);
        if (outcome instanceof Outcome.SignedIn s) {
            return Outcomes.redirect(s);
        }
        if (outcome instanceof Outcome.WrongCode w) {
            res.setStatus(401);
            return codePage(w.maskedEmail(), "That code is not right. Check the e-mail and try again.", res, model);
        }
        if (outcome instanceof Outcome.Throttled t) {
            String masked = signIn.pendingEmail(req).orElse("your address");
            return codePage(masked, ReaderViews.throttled(t.retryAfter(), res), res, model);
        }
        res.setStatus(400);
        return Outcomes.expired(views, "That code has expired, was used, or was tried too often. Ask for a new one.",
                res, model);
    }

    @GetMapping("/account/link")
    String link(@RequestParam(defaultValue = "") String token, HttpServletResponse res, Model model) {
        var target = signIn.linkTarget(token);
        if (target.isEmpty()) {
            res.setStatus(400);
            return Outcomes.expired(views, LINK_SPENT, res, model);
        }
        ReaderViews.personal(res);
        model.addAttribute("page", new ConfirmPage(views.chrome(), views.meta("Sign in"), "Sign in",
                "Continue as " + target.get() + ".", "/account/link", token, "Sign in"));
        return "site/account/confirm";
    }

    @PostMapping("/account/link")
    String followLink(@RequestParam(defaultValue = "") String token, HttpServletRequest req, HttpServletResponse res,
                      Model model) {
        Outcome outcome = signIn.followLink(token, req, res);
        if (outcome instanceof Outcome.SignedIn s) {
            return Outcomes.redirect(s);
        }
        res.setStatus(400);
        return Outcomes.expired(views, LINK_SPENT, res, model);
    }

    @PostMapping("/account/sign-out")
    String signOut(HttpServletRequest req, HttpServletResponse res) {
        sessions.signOut(req, res);
        return "redirect:/account/sign-in?signedOut";
    }

    private String page(Form form, String next, String notice, String error, boolean saving, HttpServletResponse res,
                        Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new SignInPage(views.chrome(), views.meta("Sign in"), form, Outcomes.next(next),
                notice, error, saving, Outcomes.carrying("/account/sign-up", next)));
        return "site/account/sign-in";
    }

    private String codePage(String masked, String error, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new CodePage(views.chrome(), views.meta("Enter your code"), masked, error));
        return "site/account/code";
    }
}

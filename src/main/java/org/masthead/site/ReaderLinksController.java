package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.MemberAccounts;
import org.masthead.members.PasswordResets;
import org.masthead.members.ReaderSignIn.Outcome;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.site.ReaderPages.ConfirmPage;
import org.masthead.site.ReaderPages.MessagePage;
import org.masthead.site.ReaderPages.ResetPage;
import org.masthead.site.ReaderPages.ResetRequestPage;
import org.masthead.site.Views.Link;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The pages behind e-mailed links other than sign-in: "forgot your password" and its link, and the link that
 * confirms a new e-mail address. A forged, used or expired link gets a clear message and changes nothing.
 */
@Controller
class ReaderLinksController {

    private final PasswordResets resets;
    private final MemberAccounts accounts;
    private final ReaderViews views;

    ReaderLinksController(PasswordResets resets, MemberAccounts accounts, ReaderViews views) {
        this.resets = resets;
        this.accounts = accounts;
        this.views = views;
    }

    @GetMapping("/account/reset")
    String resetForm(HttpServletResponse res, Model model) {
        return requestPage(Form.EMPTY, "", res, model);
    }

    @PostMapping("/account/reset")
    String requestReset(@RequestParam(defaultValue = "") String email, HttpServletRequest req, HttpServletResponse res,
                        Model model) {
        Form typed = Form.values(Map.of("email", email));
        try {
            Outcome outcome = resets.request(email, req);
            if (outcome instanceof Outcome.Throttled t) {
                return requestPage(typed, ReaderViews.throttled(t.retryAfter(), res), res, model);
            }
            Outcome.CodeSent sent = (Outcome.CodeSent) outcome;
            return message("Check your e-mail", "We sent a message to " + sent.maskedEmail() + ". Follow its link to "
                    + "set a new password; it works once, for an hour.", new Link("/account/sign-in", "Back to sign in"), res, model);
        } catch (InvalidInputException e) {
            res.setStatus(400);
            return requestPage(Form.of(typed.values(), e), "", res, model);
        }
    }

    @GetMapping("/account/reset/confirm")
    String resetPage(@RequestParam(defaultValue = "") String token, HttpServletResponse res, Model model) {
        var target = resets.target(token);
        if (target.isEmpty()) {
            return expiredReset(res, model);
        }
        return resetPage(target.get(), token, Form.EMPTY, res, model);
    }

    @PostMapping("/account/reset/confirm")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 HttpServletRequest req, HttpServletResponse res, Model model) {
        var target = resets.target(token);
        if (target.isEmpty()) {
            return expiredReset(res, model);
        }
        try {
            Outcome outcome = resets.reset(token, password, req, res);
            if (outcome instanceof Outcome.SignedIn s) {
                return s.deletionPending() ? Outcomes.redirect(s) : "redirect:/account?done=password";
            }
            return expiredReset(res, model);
        } catch (InvalidInputException e) {
            res.setStatus(400);
            return resetPage(target.get(), token, Form.of(Map.of(), e), res, model);
        }
    }

    @GetMapping("/account/verify")
    String verifyPage(@RequestParam(defaultValue = "") String token, HttpServletResponse res, Model model) {
        var target = accounts.emailChangeTarget(token);
        if (target.isEmpty()) {
            return expiredChange(res, model);
        }
        ReaderViews.personal(res);
        model.addAttribute("page", new ConfirmPage(views.chrome(), views.meta("Confirm your new address"),
                "Confirm your new address", "Use " + target.get() + " for your account from now on.", "/account/verify",
                token, "Use this address"));
        return "site/account/confirm";
    }

    @PostMapping("/account/verify")
    String verify(@RequestParam(defaultValue = "") String token, HttpServletResponse res, Model model) {
        switch (accounts.confirmEmailChange(token)) {
            case CHANGED:
                return message("Your address is changed", "We will write to your new address from now on, and we told "
                        + "the old one.", new Link("/account", "Go to your account"), res, model);
            case TAKEN:
                res.setStatus(409);
                return message("That address is taken", "Another account already uses that address, so yours is "
                        + "unchanged.", new Link("/account", "Go to your account"), res, model);
            default:
                return expiredChange(res, model);
        }
    }

    private String expiredReset(HttpServletResponse res, Model model) {
        res.setStatus(400);
        return message("That link has expired", "That password link has expired or was used already. Ask for a new one.",
                new Link("/account/reset", "Ask for a new link"), res, model);
    }

    private String expiredChange(HttpServletResponse res, Model model) {
        res.setStatus(400);
        return message("That link has expired", "That confirmation link has expired or was used already; your address "
                + "is unchanged. You can ask again from your account page.", new Link("/account", "Go to your account"),
                res, model);
    }

    private String message(String title, String text, Link action, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new MessagePage(views.chrome(), views.meta(title), title, text, action));
        return "site/account/message";
    }

    private String requestPage(Form form, String error, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new ResetRequestPage(views.chrome(), views.meta("Forgot your password"), form, error));
        return "site/account/reset-request";
    }

    private String resetPage(String masked, String token, Form form, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new ResetPage(views.chrome(), views.meta("Choose a new password"), masked, token, form));
        return "site/account/reset";
    }
}

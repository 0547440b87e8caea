package org.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.ClientAddress;
import org.masthead.platform.Csrf;
import org.masthead.platform.Publication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

/** The staff sign-in screens: e-mail and password, then the second factor when one is due. */
@Controller
class SignInController {

    private final StaffSignIn signIn;
    private final SignInSessions sessions;
    private final ClientAddress clients;
    private final Publication publication;

    SignInController(StaffSignIn signIn, SignInSessions sessions, ClientAddress clients, Publication publication) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.clients = clients;
        this.publication = publication;
    }

    @GetMapping("/admin/login")
    String form(@RequestParam(required = false) String signedOut, @RequestParam(required = false) String reset,
                HttpServletRequest req, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal) {
            return "redirect:/admin";
        }
        String notice = signedOut != null ? "You are signed out." : reset != null
                ? "Your password is changed. Sign in with the new one." : "";
        model.addAttribute("page", new SignInPages.PasswordPage(publication.name(), Csrf.of(req), "", "", notice));
        return "staff/sign-in";
    }

    /** Binds the e-mail and password only: any other field a client adds changes nothing. */
    @PostMapping("/admin/login")
    String password(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                    HttpServletRequest req, HttpServletResponse res, Model model) {
        StaffSignIn.Outcome outcome = signIn.password(email, password, clients.of(req), SignInSessions.deviceCookie(req));
        if (outcome instanceof StaffSignIn.Outcome.SignedIn s) {
            sessions.signIn(s.user(), s.trustDevice(), req, res);
            return "redirect:/admin";
        }
        if (outcome instanceof StaffSignIn.Outcome.NeedsCode next) {
            sessions.pending(req, next);
            return "redirect:/admin/login/code";
        }
        if (outcome instanceof StaffSignIn.Outcome.Throttled t) {
            return throttled(t.retryAfter(), email, req, res, model);
        }
        model.addAttribute("page", new SignInPages.PasswordPage(publication.name(), Csrf.of(req), email,
                "That e-mail address and password do not match an account.", ""));
        res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "staff/sign-in";
    }

    @GetMapping("/admin/login/code")
    String codeForm(@RequestParam(required = false) String resent, HttpServletRequest req, Model model) {
        var pending = sessions.pending(req);
        if (pending.isEmpty()) {
            return "redirect:/admin/login";
        }
        model.addAttribute("page", codePage(req, pending.get(), "", resent != null));
        return "staff/sign-in-code";
    }

    @PostMapping("/admin/login/code")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest req, HttpServletResponse res,
                Model model) {
        var pending = sessions.pending(req);
        if (pending.isEmpty()) {
            return "redirect:/admin/login";
        }
        var p = pending.get();
        StaffSignIn.Outcome outcome = signIn.code(p.userId(), p.method(), code, clients.of(req));
        if (outcome instanceof StaffSignIn.Outcome.SignedIn s) {
            sessions.signIn(s.user(), s.trustDevice(), req, res);
            return "redirect:/admin";
        }
        if (outcome instanceof StaffSignIn.Outcome.Throttled t) {
            return throttled(t.retryAfter(), "", req, res, model);
        }
        res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (outcome instanceof StaffSignIn.Outcome.NeedsCode) {
            model.addAttribute("page", codePage(req, p, "That code is not right. Check it and try again.", false));
            return "staff/sign-in-code";
        }
        sessions.forgetPending(req);
        model.addAttribute("page", new SignInPages.PasswordPage(publication.name(), Csrf.of(req), "",
                "That code has expired or was tried too often. Sign in again for a new one.", ""));
        return "staff/sign-in";
    }

    @PostMapping("/admin/login/code/resend")
    String resend(HttpServletRequest req) {
        var pending = sessions.pending(req);
        if (pending.isEmpty()) {
            return "redirect:/admin/login";
        }
        if (pending.get().method() == StaffSignIn.Method.EMAIL) {
            signIn.resendCode(pending.get().userId());
        }
        return "redirect:/admin/login/code?resent";
    }

    private SignInPages.CodePage codePage(HttpServletRequest req, SignInSessions.Pending p, String error, boolean resent) {
        return new SignInPages.CodePage(publication.name(), Csrf.of(req), p.method() == StaffSignIn.Method.TOTP,
                p.maskedEmail(), error, resent);
    }

    private String throttled(Duration wait, String email, HttpServletRequest req, HttpServletResponse res, Model model) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        res.setStatus(429);
        res.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
        model.addAttribute("page", new SignInPages.PasswordPage(publication.name(), Csrf.of(req), email,
                "Too many attempts. Wait " + minutes + " minutes, then try again.", ""));
        return "staff/sign-in";
    }
}

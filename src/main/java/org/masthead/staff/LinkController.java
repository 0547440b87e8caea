package org.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.ClientAddress;
import org.masthead.platform.Csrf;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Pages reached from e-mailed links. Accepting an invitation creates the account and signs in on this browser
 * (the link proved the address). Asking for a reset answers the same for known and unknown addresses, and a
 * reset ends every session of the account.
 */
@Controller
class LinkController {

    private final StaffAccounts accounts;
    private final SignInSessions sessions;
    private final SignInThrottle throttle;
    private final ClientAddress clients;
    private final Publication publication;

    LinkController(StaffAccounts accounts, SignInSessions sessions, SignInThrottle throttle, ClientAddress clients,
                   Publication publication) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clients = clients;
        this.publication = publication;
    }

    @GetMapping("/admin/invite/{token}")
    String invitation(@PathVariable String token, HttpServletRequest req, HttpServletResponse res, Model model) {
        return accounts.invitation(token).map(i -> {
            model.addAttribute("page", new LinkPages.AcceptPage(publication.name(), Csrf.of(req), token, i.email(),
                    StaffChromes.label(i.role()), Form.EMPTY));
            return "staff/accept";
        }).orElseGet(() -> dead(res, model, "This invitation no longer works",
                "It has been used, withdrawn or has expired. Ask whoever invited you for a new one."));
    }

    @PostMapping("/admin/invite/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String password, HttpServletRequest req, HttpServletResponse res,
                  Model model) {
        var invite = accounts.invitation(token);
        if (invite.isEmpty()) {
            return invitation(token, req, res, model);
        }
        try {
            StaffUser user = accounts.accept(token, name, password);
            sessions.signIn(user, true, req, res);
            return "redirect:/admin";
        } catch (InvalidInputException e) {
            model.addAttribute("page", new LinkPages.AcceptPage(publication.name(), Csrf.of(req), token,
                    invite.get().email(), StaffChromes.label(invite.get().role()), Form.of(Map.of("name", name), e)));
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "staff/accept";
        }
    }

    @GetMapping("/admin/reset")
    String resetRequest(HttpServletRequest req, Model model) {
        model.addAttribute("page", new LinkPages.ResetRequestPage(publication.name(), Csrf.of(req), Form.EMPTY, false));
        return "staff/reset-request";
    }

    /** Counted like a failed sign-in, so the form cannot be used to flood someone's inbox. */
    @PostMapping("/admin/reset")
    String sendReset(@RequestParam(defaultValue = "") String email, HttpServletRequest req, HttpServletResponse res,
                     Model model) {
        String address = clients.of(req);
        var wait = throttle.blocked(address, email);
        if (wait.isPresent()) {
            res.setStatus(429);
            res.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
        } else {
            throttle.failed(address, email);
            accounts.requestReset(email);
        }
        model.addAttribute("page", new LinkPages.ResetRequestPage(publication.name(), Csrf.of(req),
                Form.values(Map.of("email", email)), true));
        return "staff/reset-request";
    }

    @GetMapping("/admin/reset/{token}")
    String resetForm(@PathVariable String token, HttpServletRequest req, HttpServletResponse res, Model model) {
        if (!accounts.resetValid(token)) {
            return dead(res, model, "This link no longer works", "It has been used or has expired. Ask for a new one.");
        }
        model.addAttribute("page", new LinkPages.ResetPage(publication.name(), Csrf.of(req), token, Form.EMPTY));
        return "staff/reset";
    }

    @PostMapping("/admin/reset/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, HttpServletRequest req,
                 HttpServletResponse res, Model model) {
        try {
            StaffUser user = accounts.reset(token, password);
            sessions.endAll(user.id());
            return "redirect:/admin/login?reset";
        } catch (InvalidInputException e) {
            if (e.errors().stream().anyMatch(f -> f.field().equals("token"))) {
                return dead(res, model, "This link no longer works", "It has been used or has expired. Ask for a new one.");
            }
            model.addAttribute("page", new LinkPages.ResetPage(publication.name(), Csrf.of(req), token, Form.of(Map.of(), e)));
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "staff/reset";
        }
    }

    private String dead(HttpServletResponse res, Model model, String title, String message) {
        res.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("page", new LinkPages.DeadLinkPage(publication.name(), title, message));
        return "staff/dead-link";
    }
}

package org.masthead.staff;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** "My account": password, authenticator app, trusted browsers, signing out everywhere. */
@Controller
class AccountController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private static final String TOTP_SECRET = AccountController.class.getName() + ".totp";

    private final StaffAccounts accounts;
    private final StaffChromes chromes;
    private final TrustedDevices devices;
    private final SecondFactors factors;
    private final SignInSessions sessions;
    private final StaffRepository users;
    private final Publication publication;

    AccountController(StaffAccounts accounts, StaffChromes chromes, TrustedDevices devices, SecondFactors factors,
                      SignInSessions sessions, StaffRepository users, Publication publication) {
        this.accounts = accounts;
        this.chromes = chromes;
        this.devices = devices;
        this.factors = factors;
        this.sessions = sessions;
        this.users = users;
        this.publication = publication;
    }

    @GetMapping("/admin/account")
    String account(StaffUser me, @RequestParam(required = false) String done, HttpServletRequest req, Model model) {
        String notice = done == null ? "" : switch (done) {
            case "password" -> "Your password is changed.";
            case "totp" -> "Your authenticator app is set up. New browsers will ask for its code.";
            case "totp-off" -> "Your authenticator app is removed; new browsers will get a code by e-mail.";
            case "devices" -> "Every browser will ask for a second factor at its next sign-in.";
            default -> "";
        };
        return page(me, Form.EMPTY, Form.EMPTY, notice, req, model);
    }

    @PostMapping("/admin/account/password")
    String password(StaffUser me, @RequestParam(defaultValue = "") String current,
                    @RequestParam(defaultValue = "") String password, HttpServletRequest req, Model model) {
        try {
            accounts.changePassword(me, current, password);
            return "redirect:/admin/account?done=password";
        } catch (InvalidInputException e) {
            return page(me, Form.of(Map.of(), e), Form.EMPTY, "", req, model);
        }
    }

    @GetMapping("/admin/account/totp")
    String totp(StaffUser me, @RequestParam(required = false) String required, HttpServletRequest req, Model model) {
        SecondFactors.Enrolment e = factors.newTotp(me.email(), publication.name());
        req.getSession(true).setAttribute(TOTP_SECRET, e.secret());
        return totpPage(me, e, Form.EMPTY, required != null, req, model);
    }

    @PostMapping("/admin/account/totp")
    String confirmTotp(StaffUser me, @RequestParam(defaultValue = "") String code, HttpServletRequest req, Model model) {
        String secret = req.getSession(true).getAttribute(TOTP_SECRET) instanceof String s ? s : null;
        if (secret == null) {
            return "redirect:/admin/account/totp";
        }
        if (!factors.totpCodeFor(secret, code)) {
            return totpPage(me, factors.enrolment(secret, me.email(), publication.name()),
                    new Form(Map.of(), Map.of("code", "that code does not match; check the app's clock and try the next one")),
                    StaffSecurity.totpRequired(users), req, model);
        }
        accounts.enableTotp(me, secret);
        req.getSession().removeAttribute(TOTP_SECRET);
        return "redirect:/admin/account?done=totp";
    }

    @PostMapping("/admin/account/totp/disable")
    String disableTotp(StaffUser me, @RequestParam(defaultValue = "") String password, HttpServletRequest req, Model model) {
        try {
            accounts.disableTotp(me, password);
            return "redirect:/admin/account?done=totp-off";
        } catch (InvalidInputException e) {
            return page(me, Form.EMPTY, Form.of(Map.of(), e), "", req, model);
        }
    }

    @PostMapping("/admin/account/devices/forget")
    String forgetDevices(StaffUser me, HttpServletResponse res) {
        devices.forgetAll(me.id());
        Cookie gone = new Cookie(StaffSecurity.DEVICE_COOKIE, "");
        gone.setPath(StaffSecurity.STAFF_PATH);
        gone.setMaxAge(0);
        res.addCookie(gone);
        return "redirect:/admin/account?done=devices";
    }

    /** Ends every session this person has, this one included. */
    @PostMapping("/admin/account/sessions/end")
    String signOutEverywhere(StaffUser me) {
        sessions.endAll(me.id());
        return "redirect:/admin/login?signedOut";
    }

    private String page(StaffUser me, Form password, Form totpOff, String notice, HttpServletRequest req, Model model) {
        var known = devices.of(me.id()).stream()
                .map(d -> new AccountPages.Device(d.label(), when().format(d.lastUsedAt()))).toList();
        model.addAttribute("page", new AccountPages.AccountPage(chromes.of(me, req), me.name(), me.email(),
                StaffChromes.label(me.role()), me.totpEnabled(), StaffSecurity.totpRequired(users), known, password,
                totpOff, notice));
        return "staff/account";
    }

    private String totpPage(StaffUser me, SecondFactors.Enrolment e, Form form, boolean required,
                            HttpServletRequest req, Model model) {
        String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(e.qrPng());
        model.addAttribute("page", new AccountPages.TotpPage(chromes.of(me, req), qr, e.secret(), form, required));
        return "staff/totp";
    }

    /** In the paper's time zone as it is now: a save of the settings may change it. */
    private DateTimeFormatter when() {
        return WHEN.withZone(publication.timeZone());
    }
}

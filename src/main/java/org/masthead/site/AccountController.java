package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.MemberAccounts;
import org.masthead.members.ReaderIdentity;
import org.masthead.members.ReaderSessions;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The reader's account page ({@code /account}) and its profile forms: name, e-mail address, password. Each
 * action acts on the signed-in reader ({@link ReaderIdentity}, checked against the database session), never
 * on an id from the request, then returns to the page with a notice; a refused form comes back with what was
 * typed and a message beside the field. Sessions, consents, saved stories and deletion are in
 * {@link AccountActions}; the page itself is built by {@link AccountPages}.
 */
@Controller("readerAccountController") // staff has an AccountController too
class AccountController {

    private final MemberAccounts accounts;
    private final ReaderSessions sessions;
    private final AccountPages pages;

    AccountController(MemberAccounts accounts, ReaderSessions sessions, AccountPages pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.pages = pages;
    }

    @GetMapping("/account")
    String account(ReaderIdentity me, @RequestParam(required = false) String done, HttpServletRequest req,
                   HttpServletResponse res, Model model) {
        return pages.render(me, AccountPages.Forms.NONE, AccountPages.notice(done), req, res, model);
    }

    @PostMapping("/account/name")
    String rename(ReaderIdentity me, @RequestParam(defaultValue = "") String displayName, HttpServletRequest req,
                  HttpServletResponse res, Model model) {
        try {
            accounts.rename(me.memberId(), displayName);
            sessions.refreshIdentity(me.memberId(), res); // the header shows the new name at once
            return "redirect:/account?done=name#profile";
        } catch (InvalidInputException e) {
            return refused(me, AccountPages.Forms.NONE.withName(Form.of(Map.of("displayName", displayName), e)), req, res, model);
        }
    }

    @PostMapping("/account/email")
    String changeEmail(ReaderIdentity me, @RequestParam(defaultValue = "") String newEmail, HttpServletRequest req,
                       HttpServletResponse res, Model model) {
        try {
            accounts.requestEmailChange(me.memberId(), newEmail, req);
            return "redirect:/account?done=email-sent#profile";
        } catch (InvalidInputException e) {
            return refused(me, AccountPages.Forms.NONE.withEmail(Form.of(Map.of("newEmail", newEmail), e)), req, res, model);
        }
    }

    @PostMapping("/account/password")
    String changePassword(ReaderIdentity me, @RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword, HttpServletRequest req,
                          HttpServletResponse res, Model model) {
        try {
            accounts.changePassword(me.memberId(), currentPassword, newPassword, req);
            return "redirect:/account?done=password#profile";
        } catch (InvalidInputException e) {
            return refused(me, AccountPages.Forms.NONE.withPassword(Form.of(Map.of(), e)), req, res, model);
        }
    }

    private String refused(ReaderIdentity me, AccountPages.Forms forms, HttpServletRequest req, HttpServletResponse res,
                           Model model) {
        res.setStatus(400);
        return pages.render(me, forms, "", req, res, model);
    }
}

package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.Consents;
import org.masthead.members.MemberAccounts;
import org.masthead.members.MemberData;
import org.masthead.members.ReaderIdentity;
import org.masthead.members.ReaderSessions;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.site.ReaderPages.MessagePage;
import org.masthead.site.Views.Link;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.Map;

/**
 * The account page's other actions: consents (one click each way, effective at once), sessions (end one, or
 * all), the data download, deletion and keeping the account. An id in a path is only ever looked up among the
 * signed-in reader's own (another reader's session is "not found").
 */
@Controller
class AccountActions {

    static final String ACCOUNT_PAGE = "account-page";

    private final Consents consents;
    private final ReaderSessions sessions;
    private final MemberAccounts accounts;
    private final MemberData data;
    private final AccountPages pages;
    private final PlanPanels plans;
    private final ReaderViews views;

    AccountActions(Consents consents, ReaderSessions sessions, MemberAccounts accounts, MemberData data,
                   AccountPages pages, PlanPanels plans, ReaderViews views) {
        this.consents = consents;
        this.sessions = sessions;
        this.accounts = accounts;
        this.data = data;
        this.pages = pages;
        this.plans = plans;
        this.views = views;
    }

    @PostMapping("/account/consents")
    String consent(ReaderIdentity me, @RequestParam(defaultValue = "") String purpose,
                   @RequestParam(defaultValue = "false") boolean grant, @RequestParam(defaultValue = "0") long wording) {
        if (!AccountPages.offered(purpose)) {
            throw new InvalidInputException("purpose", "No such choice");
        }
        consents.record(me.memberId(), purpose, grant, ACCOUNT_PAGE, wording);
        return "redirect:/account?done=" + (grant ? "consent-given" : "consent-withdrawn") + "#consents";
    }

    @PostMapping("/account/sessions/{id}/end")
    String endSession(ReaderIdentity me, @PathVariable long id, HttpServletRequest req, HttpServletResponse res) {
        boolean current = sessions.list(me.memberId(), req).stream().anyMatch(s -> s.id() == id && s.current());
        if (current) {
            sessions.signOut(req, res);
            return "redirect:/account/sign-in?signedOut";
        }
        if (!sessions.revoke(me.memberId(), id)) {
            throw new NotFoundException("no session " + id + " of member " + me.memberId());
        }
        return "redirect:/account?done=session#sessions";
    }

    @PostMapping("/account/sessions/end-all")
    String endAll(ReaderIdentity me, HttpServletRequest req, HttpServletResponse res) {
        sessions.signOutEverywhere(me.memberId(), req, res);
        return "redirect:/account/sign-in?signedOut";
    }

    @GetMapping("/account/data.json")
    ResponseEntity<Map<String, Object>> download(ReaderIdentity me) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(views.chrome().siteName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + "-my-data.json")
                        .build().toString())
                .body(data.download(me.memberId()));
    }

    @PostMapping("/account/delete")
    String delete(ReaderIdentity me, @RequestParam(defaultValue = "") String confirmEmail, HttpServletRequest req,
                  HttpServletResponse res, Model model) {
        Instant due;
        try {
            due = accounts.requestDeletion(me.memberId(), confirmEmail);
        } catch (InvalidInputException e) {
            res.setStatus(400);
            return pages.render(me, AccountPages.Forms.NONE.withDelete(Form.of(Map.of("confirmEmail", confirmEmail), e)),
                    "", req, res, model);
        }
        sessions.signOutEverywhere(me.memberId(), req, res);
        ReaderViews.personal(res);
        model.addAttribute("page", new MessagePage(views.chrome(), views.meta("Account deletion"),
                "Your account will be deleted", ("We will delete your account on " + views.shown(due).text()
                + ". Until then you can keep it: sign in and choose to keep it. We sent you an e-mail about this. "
                + plans.onDeletion(me.memberId())).strip(),
                new Link("/", "Back to the front page")));
        return "site/account/message";
    }

    @PostMapping("/account/delete/cancel")
    String keep(ReaderIdentity me) {
        accounts.cancelDeletion(me.memberId());
        return "redirect:/account?done=kept";
    }
}

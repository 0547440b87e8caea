package org.masthead.site;

import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.ReaderSignIn.Outcome;
import org.masthead.members.SafePath;
import org.masthead.site.ReaderPages.MessagePage;
import org.masthead.site.Views.Link;
import org.springframework.ui.Model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where reader sign-in steps lead: the redirect after success, and the page for a spent code or link. */
final class Outcomes {

    private Outcomes() {
    }

    /** After signing in: where they were headed, or the account page first while a deletion is pending. */
    static String redirect(Outcome.SignedIn s) {
        return "redirect:" + (s.deletionPending() ? "/account#delete" : s.next());
    }

    /** A destination carried in a form: a path on this site, else the account page. */
    static String next(String next) {
        return SafePath.of(next);
    }

    /** A link to another sign-in page that carries the destination along. */
    static String carrying(String path, String next) {
        String n = next(next);
        return n.equals(SafePath.ACCOUNT) ? path : path + "?next=" + URLEncoder.encode(n, StandardCharsets.UTF_8);
    }

    static String expired(ReaderViews views, String message, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new MessagePage(views.chrome(), views.meta("Link expired"), "That did not work",
                message, new Link("/account/sign-in", "Sign in again")));
        return "site/account/message";
    }
}

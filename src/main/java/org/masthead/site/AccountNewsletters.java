package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.ReaderIdentity;
import org.masthead.members.Readers;
import org.masthead.newsletter.Subscriptions;
import org.masthead.platform.InvalidInputException;
import org.masthead.site.NewsletterSignUpController.Json;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * A signed-in reader's one-click Subscribe and Unsubscribe: the account page's buttons (a plain form that returns
 * to the page, or JSON from page script without a reload) and the article box's button. Acts on the reader of the
 * session only. {@code GET /newsletters/state.json} tells page script whether the reader of the identity cookie
 * is on a list, from memory (this node's copy), never cached by anyone.
 */
@Controller
class AccountNewsletters {

    private final Subscriptions subscriptions;
    private final Readers readers;
    private final AccountPages pages;

    AccountNewsletters(Subscriptions subscriptions, Readers readers, AccountPages pages) {
        this.subscriptions = subscriptions;
        this.readers = readers;
        this.pages = pages;
    }

    @PostMapping("/account/newsletters")
    Object change(ReaderIdentity me, @RequestParam(defaultValue = "0") long list,
                  @RequestParam(defaultValue = "false") boolean subscribe, @RequestParam(defaultValue = "") String source,
                  HttpServletRequest req, HttpServletResponse res, Model model) {
        String from = Subscriptions.ARTICLE_PAGE.equals(source) ? Subscriptions.ARTICLE_PAGE : Subscriptions.ACCOUNT_PAGE;
        try {
            if (subscribe) {
                subscriptions.subscribe(me.memberId(), list, from);
            } else {
                subscriptions.unsubscribe(me.memberId(), list, from);
            }
        } catch (InvalidInputException e) {
            String why = e.errors().get(0).message();
            if (Json.wanted(req)) {
                return Json.answer(400, Map.of("error", why));
            }
            res.setStatus(400);
            return pages.render(me, AccountPages.Forms.NONE.withNewsletterError(why), "", req, res, model);
        }
        if (Json.wanted(req)) {
            return Json.answer(200, Map.of("subscribed", subscribe));
        }
        return "redirect:/account?done=" + (subscribe ? "newsletter-on" : "newsletter-off") + "#newsletter-" + list;
    }

    @GetMapping("/newsletters/state.json")
    ResponseEntity<Map<String, Object>> state(@RequestParam(defaultValue = "0") long list, HttpServletRequest req) {
        Map<String, Object> state = readers.identify(req)
                .<Map<String, Object>>map(who -> Map.of("signedIn", true,
                        "subscribed", subscriptions.listsOf(who.memberId()).contains(list)))
                .orElse(Map.of("signedIn", false));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(state);
    }
}

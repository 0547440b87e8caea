package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.ConsentWording;
import org.masthead.members.Consents;
import org.masthead.members.MemberDirectory;
import org.masthead.newsletter.ListKind;
import org.masthead.newsletter.NewsletterLinks;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.NewsletterLists;
import org.masthead.newsletter.Signups;
import org.masthead.newsletter.Subscriptions;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.site.NewsletterPages.Item;
import org.masthead.site.NewsletterSignUpController.Json;
import org.masthead.site.ReaderPages.ConsentItem;
import org.masthead.site.ReaderPages.MessagePage;
import org.masthead.site.Views.Link;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The links every newsletter e-mail carries, which work without signing in: the signed token is the authority.
 * {@code POST /newsletters/unsubscribe/{token}} is RFC 8058's one-click unsubscribe (a mail provider's server posts
 * it without cookies, {@code Origin} or form token) and unsubscribes at once; a {@code GET} of the same URL never
 * does, it shows the manage page with that list first. {@code /newsletters/manage/{token}} is the manage page,
 * whose forms post back to it (checked by origin, {@code platform.ReaderCsrf}). A forged or damaged token, or one
 * of a deleted member, is "not found" and changes nothing.
 */
@Controller
class NewsletterLinksController {

    private final NewsletterLinks links;
    private final NewsletterLists lists;
    private final Subscriptions subscriptions;
    private final Consents consents;
    private final MemberDirectory directory;
    private final NewsletterViews newsletters;
    private final ReaderViews views;

    NewsletterLinksController(NewsletterLinks links, NewsletterLists lists, Subscriptions subscriptions,
                              Consents consents, MemberDirectory directory, NewsletterViews newsletters,
                              ReaderViews views) {
        this.links = links;
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.consents = consents;
        this.directory = directory;
        this.newsletters = newsletters;
        this.views = views;
    }

    @PostMapping("/newsletters/unsubscribe/{token}")
    String oneClick(@PathVariable String token, HttpServletResponse res, Model model) {
        NewsletterLinks.Holder h = links.unsubscribeHolder(token).orElseThrow(() -> new NotFoundException("forged link"));
        NewsletterList l = lists.require(h.listId());
        subscriptions.unsubscribe(h.memberId(), l.id(), Subscriptions.ONE_CLICK);
        ReaderViews.personal(res);
        model.addAttribute("page", new MessagePage(views.chrome(), views.meta("Unsubscribed"), "You are unsubscribed",
                "You will get no more of " + l.name() + ".", new Link(managePath(h.memberId()), "Manage your newsletters")));
        return "site/account/message";
    }

    @GetMapping("/newsletters/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, HttpServletResponse res, Model model) {
        NewsletterLinks.Holder h = links.unsubscribeHolder(token).orElseThrow(() -> new NotFoundException("forged link"));
        return page(h.memberId(), h.listId(), "", res, model);
    }

    @GetMapping("/newsletters/manage/{token}")
    String manage(@PathVariable String token, @RequestParam(required = false) Long list,
                  @RequestParam(defaultValue = "") String done, HttpServletResponse res, Model model) {
        long member = holder(token);
        String notice = done.equals("subscribed") ? "Done: you are subscribed."
                : done.equals("unsubscribed") ? "Done: you have been unsubscribed." : "";
        return page(member, list, notice, res, model);
    }

    /** A list ({@code list}, {@code subscribe}) or the offers e-mails ({@code offers}, {@code wording}), one click. */
    @PostMapping("/newsletters/manage/{token}")
    Object change(@PathVariable String token, @RequestParam(required = false) Long list,
                  @RequestParam(defaultValue = "false") boolean subscribe, @RequestParam(required = false) Boolean offers,
                  @RequestParam(defaultValue = "0") long wording, HttpServletRequest req) {
        long member = holder(token);
        boolean on = offers != null ? offers : subscribe;
        try {
            if (offers != null) {
                if (consents.granted(member, Consents.OFFERS) != on) {
                    consents.record(member, Consents.OFFERS, on, Subscriptions.MANAGE_PAGE, wording);
                }
            } else if (on) {
                subscriptions.subscribe(member, lists.require(list == null ? 0 : list).id(), Subscriptions.MANAGE_PAGE);
            } else {
                subscriptions.unsubscribe(member, lists.require(list == null ? 0 : list).id(), Subscriptions.MANAGE_PAGE);
            }
        } catch (InvalidInputException e) {
            if (Json.wanted(req)) {
                return Json.answer(400, Map.of("error", e.errors().get(0).message()));
            }
            throw e;
        }
        if (Json.wanted(req)) {
            return Json.answer(200, Map.of("subscribed", on));
        }
        return "redirect:/newsletters/manage/" + token + "?done=" + (on ? "subscribed" : "unsubscribed")
                + (offers == null && list != null ? "&list=" + list : "");
    }

    /** The member a manage token names, while they have an account; else not found. */
    private long holder(String token) {
        long member = links.manageHolder(token).orElseThrow(() -> new NotFoundException("forged link")).memberId();
        if (directory.emails(List.of(member)).isEmpty()) {
            throw new NotFoundException("member " + member + " is deleted");
        }
        return member;
    }

    private String page(long member, Long highlight, String notice, HttpServletResponse res, Model model) {
        String email = directory.emails(List.of(member)).get(member);
        if (email == null) {
            throw new NotFoundException("member " + member + " is deleted");
        }
        ConsentWording w = consents.currentWording(Consents.OFFERS);
        ConsentItem offers = new ConsentItem(Consents.OFFERS, "Offers and early access", w.text(), w.id(),
                consents.granted(member, Consents.OFFERS));
        List<Item> items = new ArrayList<>(newsletters.items(member));
        Item first = null;
        NewsletterList l = highlight == null ? null : lists.find(highlight).orElse(null);
        if (l != null && l.kind() == ListKind.NEWS) {
            first = newsletters.item(member, l, subscriptions.isSubscribed(member, l.id()));
            items.removeIf(i -> i.listId() == l.id());
        }
        ReaderViews.personal(res);
        model.addAttribute("page", new NewsletterPages.ManagePage(views.chrome(), views.meta("Your newsletters"),
                Signups.mask(email), managePath(member), first, items, offers,
                l != null && l.kind() == ListKind.OFFERS, notice));
        return "site/newsletter-manage";
    }

    private String managePath(long member) {
        return URI.create(links.manageUrl(member)).getRawPath();
    }
}

package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.newsletter.Audience;
import org.masthead.newsletter.ListKind;
import org.masthead.newsletter.NewsletterLinks;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.NewsletterLists;
import org.masthead.newsletter.Signups;
import org.masthead.platform.ClientAddress;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.site.ReaderPages.ConfirmPage;
import org.masthead.site.ReaderPages.MessagePage;
import org.masthead.site.Views.Link;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Signing up by address (double opt-in): the article box's form lands on {@code POST /newsletters/sign-up}, which
 * answers a page (or JSON for page script, shown in place); a refused address comes back on the list's sign-up
 * page with what was typed. The e-mailed link opens a page with a Confirm button, so mail scanners that fetch
 * links confirm nothing; the button subscribes without signing anyone in.
 */
@Controller
class NewsletterSignUpController {

    private final Signups signups;
    private final NewsletterLists lists;
    private final NewsletterLinks links;
    private final NewsletterViews newsletters;
    private final ReaderViews views;
    private final ClientAddress clients;

    NewsletterSignUpController(Signups signups, NewsletterLists lists, NewsletterLinks links, NewsletterViews newsletters,
                               ReaderViews views, ClientAddress clients) {
        this.signups = signups;
        this.lists = lists;
        this.links = links;
        this.newsletters = newsletters;
        this.views = views;
        this.clients = clients;
    }

    @GetMapping("/newsletters/sign-up")
    String page(@RequestParam(defaultValue = "0") long list, HttpServletResponse res, Model model) {
        return signUpPage(open(list), Form.EMPTY, res, model);
    }

    @PostMapping("/newsletters/sign-up")
    Object signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "0") long list,
                  @RequestParam(defaultValue = "0") long wording, HttpServletRequest req, HttpServletResponse res,
                  Model model) {
        boolean json = Json.wanted(req);
        Map<String, String> typed = Map.of("email", email);
        Optional<Duration> wait;
        try {
            wait = signups.request(email, list, wording, clients.of(req));
        } catch (InvalidInputException e) {
            InvalidInputException.FieldError f = e.errors().get(0);
            if (json) {
                return Json.answer(400, Map.of("field", f.field(), "error", f.message()));
            }
            res.setStatus(400); // the box shows one message, by the address field
            return signUpPage(open(list), Form.of(typed, new InvalidInputException("email", f.message())), res, model);
        }
        if (wait.isPresent()) {
            String why = ReaderViews.throttled(wait.get(), res);
            return json ? Json.answer(429, Map.of("error", why))
                    : signUpPage(open(list), Form.of(typed, new InvalidInputException("email", why)), res, model);
        }
        String sent = "Almost done: we sent a link to " + Signups.mask(email.strip().toLowerCase())
                + ". Follow it to confirm your subscription.";
        if (json) {
            return Json.answer(200, Map.of("message", sent));
        }
        return message("Check your e-mail", sent, new Link("/", "Back to the front page"), res, model);
    }

    @GetMapping("/newsletters/confirm/{token}")
    String confirmPage(@PathVariable String token, HttpServletResponse res, Model model) {
        Optional<Signups.Pending> p = signups.pending(token);
        if (p.isEmpty()) {
            res.setStatus(404);
            return message("This link does not work", "It has expired, was used already, or is incomplete. Nothing "
                    + "was changed.", new Link("/", "Back to the front page"), res, model);
        }
        ReaderViews.personal(res);
        model.addAttribute("page", new ConfirmPage(views.chrome(), views.meta("Confirm your subscription"),
                "Confirm your subscription", "Send " + p.get().list().name() + " to " + p.get().maskedEmail() + "?",
                "/newsletters/confirm/" + token, token, "Yes, subscribe me"));
        return "site/account/confirm";
    }

    @PostMapping("/newsletters/confirm/{token}")
    String confirm(@PathVariable String token, HttpServletResponse res, Model model) {
        Signups.Confirmation c = signups.confirm(token);
        NewsletterList l = c.list();
        Link manage = c.memberId() == null ? null
                : new Link(URI.create(links.manageUrl(c.memberId())).getRawPath(), "Manage your newsletters");
        switch (c.status()) {
            case SUBSCRIBED:
                return message("You are subscribed", l.name() + " will come to " + c.maskedEmail() + ". Every issue has a "
                        + "one-click unsubscribe link.", manage, res, model);
            case ALREADY_SUBSCRIBED:
                return message("You were already subscribed", l.name() + " already comes to " + c.maskedEmail() + ".",
                        manage, res, model);
            case USED:
                res.setStatus(410);
                return message("This link was used already", "If you followed it before, " + l.name() + " comes to "
                        + c.maskedEmail() + " already. Nothing was changed.", new Link("/", "Back to the front page"), res, model);
            case EXPIRED:
                res.setStatus(410);
                return message("This link has expired", "Nothing was changed. Sign up again and we send you a new link.",
                        new Link("/newsletters/sign-up?list=" + l.id(), "Sign up again"), res, model);
            case REFUSED:
                res.setStatus(400);
                return message("That did not work", c.message() + " Nothing was changed.", manage, res, model);
            default:
                res.setStatus(404);
                return message("This link does not work", "It may be incomplete: use the whole link from the e-mail. "
                        + "Nothing was changed.", new Link("/", "Back to the front page"), res, model);
        }
    }

    /** A list anyone may sign up to by address, else not found. */
    private NewsletterList open(long listId) {
        return lists.offered().stream().filter(l -> l.id() == listId).findFirst()
                .filter(l -> l.kind() == ListKind.NEWS && l.audience() == Audience.EVERYONE)
                .orElseThrow(() -> new NotFoundException("no newsletter open for sign-up: " + listId));
    }

    private String signUpPage(NewsletterList l, Form form, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new NewsletterPages.SignUpPage(views.chrome(), views.meta("Sign up to " + l.name()),
                newsletters.box(l), form));
        return "site/newsletter-sign-up";
    }

    private String message(String title, String text, Link action, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new MessagePage(views.chrome(), views.meta(title), title, text, action));
        return "site/account/message";
    }

    /** Answers for page script: JSON that no cache keeps. */
    static final class Json {
        private Json() {
        }

        static boolean wanted(HttpServletRequest req) {
            String accept = req.getHeader("Accept");
            return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
        }

        static ResponseEntity<Map<String, Object>> answer(int status, Map<String, ?> body) {
            return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.copyOf(body));
        }
    }
}

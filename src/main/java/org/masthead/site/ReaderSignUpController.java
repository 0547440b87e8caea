package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.ConsentWording;
import org.masthead.members.Consents;
import org.masthead.members.ReaderSignIn;
import org.masthead.members.ReaderSignIn.Outcome;
import org.masthead.members.Readers;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.site.ReaderPages.ConsentBox;
import org.masthead.site.ReaderPages.SignUpPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Creating an account: e-mail, an optional name and password, and the offers consent — unticked, beside the
 * wording in force, whose id the form sends back so the ledger records what the reader saw. The address is
 * proven by the code or link sent to it before any account exists.
 */
@Controller
class ReaderSignUpController {

    private final ReaderSignIn signIn;
    private final Readers readers;
    private final Consents consents;
    private final ReaderViews views;

    ReaderSignUpController(ReaderSignIn signIn, Readers readers, Consents consents, ReaderViews views) {
        this.signIn = signIn;
        this.readers = readers;
        this.consents = consents;
        this.views = views;
    }

    @GetMapping("/account/sign-up")
    String form(@RequestParam(required = false) String next, HttpServletRequest req, HttpServletResponse res, Model model) {
        if (readers.signedIn(req).isPresent()) {
            return "redirect:" + Outcomes.next(next);
        }
        ConsentWording offers = consents.currentWording(Consents.OFFERS);
        return page(Form.EMPTY, next, new ConsentBox(offers.id(), offers.text(), false), "", res, model);
    }

    @PostMapping("/account/sign-up")
    String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String password, @RequestParam(required = false) String offers,
                  @RequestParam(defaultValue = "0") long offersWording, @RequestParam(required = false) String next,
                  HttpServletRequest req, HttpServletResponse res, Model model) {
        boolean ticked = offers != null;
        Form typed = Form.values(Map.of("email", email, "displayName", displayName));
        ConsentBox box = box(offersWording, ticked);
        try {
            Outcome outcome = signIn.signUp(new ReaderSignIn.SignUp(email, displayName, password, ticked, box.wordingId()),
                    next, req, res);
            if (outcome instanceof Outcome.Throttled t) {
                return page(typed, next, box, ReaderViews.throttled(t.retryAfter(), res), res, model);
            }
            return "redirect:/account/code";
        } catch (InvalidInputException e) {
            res.setStatus(400);
            return page(Form.of(typed.values(), e), next, box, "", res, model);
        }
    }

    /** The wording the form showed, when it is an offers wording still on record; else the current one. */
    private ConsentBox box(long shownId, boolean ticked) {
        ConsentWording current = consents.currentWording(Consents.OFFERS);
        ConsentWording shown = consents.wordings().stream()
                .filter(w -> w.id() == shownId && w.purpose().equals(Consents.OFFERS)).findFirst().orElse(current);
        return new ConsentBox(shown.id(), shown.text(), ticked);
    }

    private String page(Form form, String next, ConsentBox offers, String error, HttpServletResponse res, Model model) {
        ReaderViews.personal(res);
        model.addAttribute("page", new SignUpPage(views.chrome(), views.meta("Create your account"), form,
                Outcomes.next(next), offers, error, Outcomes.carrying("/account/sign-in", next)));
        return "site/account/sign-up";
    }
}

package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.members.ConsentWording;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberAccounts;
import org.masthead.members.ReaderIdentity;
import org.masthead.members.ReaderSessions;
import org.masthead.members.SavedStories;
import org.masthead.platform.Form;
import org.masthead.site.ReaderPages.AccountPage;
import org.masthead.site.ReaderPages.ConsentItem;
import org.masthead.site.ReaderPages.SavedItem;
import org.masthead.site.ReaderPages.SessionItem;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the account page from what the reader's modules hold: account, plan, saved stories, consents, sessions.
 */
@Component
class AccountPages {

    /** A consent the page offers, with its heading. */
    record Purpose(String key, String title) { }

    static final List<Purpose> PURPOSES = List.of(new Purpose(Consents.OFFERS, "Offers and early access"),
            new Purpose(Consents.NOTIFICATIONS, "Account notifications"));

    static boolean offered(String purpose) {
        return PURPOSES.stream().anyMatch(p -> p.key().equals(purpose));
    }

    /** The page's forms; the one the reader just sent carries what they typed and why it was refused. */
    record Forms(Form name, Form email, Form password, Form delete, String newsletters) {
        static final Forms NONE = new Forms(null, Form.EMPTY, Form.EMPTY, Form.EMPTY, "");

        Forms withName(Form f) {
            return new Forms(f, email, password, delete, newsletters);
        }

        Forms withEmail(Form f) {
            return new Forms(name, f, password, delete, newsletters);
        }

        Forms withPassword(Form f) {
            return new Forms(name, email, f, delete, newsletters);
        }

        Forms withDelete(Form f) {
            return new Forms(name, email, password, f, newsletters);
        }

        /** Why the newsletter change just asked for was refused. */
        Forms withNewsletterError(String why) {
            return new Forms(name, email, password, delete, why);
        }
    }

    private final MemberAccounts accounts;
    private final SavedStories saved;
    private final Consents consents;
    private final ReaderSessions sessions;
    private final ArticleQueries articles;
    private final PlanPanels plans;
    private final ReaderViews views;
    private final NewsletterViews newsletters;

    AccountPages(MemberAccounts accounts, SavedStories saved, Consents consents, ReaderSessions sessions,
                 ArticleQueries articles, PlanPanels plans, ReaderViews views, NewsletterViews newsletters) {
        this.accounts = accounts;
        this.saved = saved;
        this.consents = consents;
        this.sessions = sessions;
        this.articles = articles;
        this.plans = plans;
        this.views = views;
        this.newsletters = newsletters;
    }

    String render(ReaderIdentity me, Forms forms, String notice, HttpServletRequest req, HttpServletResponse res,
                  Model model) {
        Member m = accounts.member(me.memberId());
        Form name = forms.name() != null ? forms.name() : Form.values(Map.of("displayName", m.displayName()));
        List<SessionItem> signedIn = sessions.list(m.id(), req).stream().map(s -> new SessionItem(s.id(), s.device(),
                views.shown(s.signedInAt()), views.shown(s.lastSeenAt()), s.current())).toList();
        ReaderViews.personal(res);
        model.addAttribute("page", new AccountPage(views.chrome(), views.meta("Your account"), notice, m.email(),
                m.displayName(), m.hasPassword(), name, forms.email(), forms.password(), forms.delete(), plans.of(m.id()),
                saved(m.id()), new NewsletterPages.Panel(newsletters.items(m.id()), forms.newsletters()), consents(m.id()),
                signedIn, m.deletionDueAt() == null ? null : views.shown(m.deletionDueAt()),
                accounts.deletionGrace().toDays(), plans.onDeletion(m.id())));
        return "site/account/account";
    }

    /** Newest first; a story withdrawn since it was saved is left out. */
    private List<SavedItem> saved(long memberId) {
        List<SavedStories.Saved> list = saved.newest(memberId);
        Map<Long, ArticleSummary> published = articles.publishedSummaries(list.stream().map(SavedStories.Saved::articleId)
                .toList()).stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        List<SavedItem> out = new ArrayList<>();
        for (SavedStories.Saved s : list) {
            ArticleSummary a = published.get(s.articleId());
            if (a != null) {
                out.add(new SavedItem(a.id(), a.path(), a.headline(), a.section().name(), views.shown(s.savedAt())));
            }
        }
        return out;
    }

    private List<ConsentItem> consents(long memberId) {
        return PURPOSES.stream().map(p -> {
            ConsentWording w = consents.currentWording(p.key());
            return new ConsentItem(p.key(), p.title(), w.text(), w.id(), consents.granted(memberId, p.key()));
        }).toList();
    }

    static String notice(String done) {
        return done == null ? "" : switch (done) {
            case "name" -> "Your name is saved.";
            case "email-sent" -> "We sent a link to your new address. Your address changes once you follow it.";
            case "password" -> "Your password is saved. Other browsers were signed out.";
            case "consent-given" -> "Thank you. Your choice is saved.";
            case "consent-withdrawn" -> "Done. We will not send you those e-mails any more.";
            case "newsletter-on" -> "You are subscribed. The next issue comes to your inbox.";
            case "newsletter-off" -> "You are unsubscribed. We will not send you that newsletter any more.";
            case "session" -> "That browser is signed out.";
            case "kept" -> "Your account is kept. Welcome back.";
            default -> "";
        };
    }
}
